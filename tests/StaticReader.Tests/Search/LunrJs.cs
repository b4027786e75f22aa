using System.Globalization;
using System.Text;
using System.Text.Json;
using StaticReader.Core.Search;

namespace StaticReader.Tests.Search;

/// <summary>Typed calls into the Node harness of tests/lunr.</summary>
internal static class LunrJs
{
    /// <summary>lunr.js's own <c>JSON.stringify(idx)</c> for <paramref name="documents"/> (build-index.js).</summary>
    public static string BuildIndex(IReadOnlyList<SearchDocument> documents) =>
        LunrNode.Run("build-index.js", DocumentsJson(documents));

    /// <summary>Results of <c>lunr.Index.load(index).search(q)</c> for each query (query.js).</summary>
    public static IReadOnlyList<QueryResult> Query(string indexJson, IReadOnlyList<string> queries)
    {
        var input = new StringBuilder();
        input.Append("{\"index\":").Append(indexJson).Append(",\"queries\":[");
        input.AppendJoin(',', queries.Select(JsonString));
        input.Append("]}");
        using var output = JsonDocument.Parse(LunrNode.Run("query.js", input.ToString()));
        return output.RootElement.EnumerateArray().Select(entry => new QueryResult(
            entry.GetProperty("query").GetString()!,
            entry.GetProperty("results").EnumerateArray()
                .Select(r => new QueryMatch(r.GetProperty("ref").GetString()!, r.GetProperty("score").GetDouble()))
                .ToList(),
            entry.GetProperty("error").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("error").GetString()))
            .ToList();
    }

    /// <summary>Runs an operation of functions.js on strings and returns the raw JSON result.</summary>
    public static JsonElement Functions(string op, IEnumerable<string> inputs) =>
        FunctionsRaw(op, "[" + string.Join(',', inputs.Select(JsonString)) + "]");

    /// <summary>Runs an operation of functions.js on numbers and returns the raw JSON result.</summary>
    public static JsonElement Functions(string op, IEnumerable<double> inputs) =>
        FunctionsRaw(op, "[" + string.Join(',', inputs.Select(x => x.ToString("R", CultureInfo.InvariantCulture))) + "]");

    /// <summary>The documents as the JSON array build-index.js reads.</summary>
    public static string DocumentsJson(IReadOnlyList<SearchDocument> documents)
    {
        var json = new StringBuilder();
        json.Append('[');
        for (int i = 0; i < documents.Count; i++)
        {
            SearchDocument d = documents[i];
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append("{\"ref\":").Append(JsonString(d.Ref))
                .Append(",\"title\":").Append(JsonString(d.Title))
                .Append(",\"aliases\":").Append(JsonString(d.Aliases))
                .Append(",\"summary\":").Append(JsonString(d.Summary))
                .Append(",\"body\":").Append(JsonString(d.Body))
                .Append('}');
        }

        return json.Append(']').ToString();
    }

    /// <summary>A JSON string literal (lone surrogates escaped, so they reach Node intact).</summary>
    public static string JsonString(string value) => Encoding.UTF8.GetString(JsonUtf8Writer.EncodeString(value));

    /// <summary>Runs an operation of functions.js that takes no inputs (a table).</summary>
    public static JsonElement FunctionsRaw(string op) => FunctionsRaw(op, "[]");

    private static JsonElement FunctionsRaw(string op, string inputsJson)
    {
        string output = LunrNode.Run("functions.js", "{\"op\":" + JsonString(op) + ",\"inputs\":" + inputsJson + "}");
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }
}

/// <summary>One query's results in lunr.</summary>
internal sealed record QueryResult(string Query, IReadOnlyList<QueryMatch> Matches, string? Error);

/// <summary>One match of a query.</summary>
internal sealed record QueryMatch(string Ref, double Score);
