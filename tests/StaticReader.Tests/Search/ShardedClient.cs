using System.Text;
using System.Text.Json;
using StaticReader.Core.Search;

namespace StaticReader.Tests.Search;

/// <summary>
/// The sharded search client of <c>theme/assets/js/search-engine.js</c>, run in Node by <c>tests/lunr/sharded-query.js</c>
/// on search data written to a folder.
/// </summary>
internal static class ShardedClient
{
    /// <summary>Writes the sharded index of <paramref name="documents"/> into a new temporary folder and returns its <c>search/</c> folder.</summary>
    public static string Write(IReadOnlyList<SearchDocument> documents, LunrIndex index)
        => Write(documents, index, ShardedIndexBuilder.ShardBytes, ShardedIndexBuilder.BucketBytes);

    /// <summary>As <see cref="Write(IReadOnlyList{SearchDocument}, LunrIndex)"/>, with shards and dictionary buckets of the sizes given.</summary>
    public static string Write(IReadOnlyList<SearchDocument> documents, LunrIndex index, int shardBytes, int bucketBytes)
    {
        var fragments = documents.Select(d => new SearchFragment(d.Ref, d.Title, "page", d.Summary, d.Aliases, [("p-1", d.Body)])).ToList();
        var root = Path.Combine(Path.GetTempPath(), "sr-sharded-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var file in ShardedIndexBuilder.Build(index, fragments, shardBytes, bucketBytes))
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content.Span);
        }

        return Path.Combine(root, "search");
    }

    /// <summary>Runs <paramref name="queries"/> on the sharded data in <paramref name="searchDir"/>, each from a cold cache.</summary>
    public static IReadOnlyList<(QueryResult Result, int Files)> Query(string searchDir, IReadOnlyList<string> queries)
    {
        var input = new StringBuilder();
        input.Append("{\"dir\":").Append(LunrJs.JsonString(searchDir)).Append(",\"queries\":[");
        input.AppendJoin(',', queries.Select(LunrJs.JsonString));
        input.Append("]}");
        using var output = JsonDocument.Parse(LunrNode.Run("sharded-query.js", input.ToString()));
        return output.RootElement.EnumerateArray().Select(entry => (new QueryResult(
            entry.GetProperty("query").GetString()!,
            entry.GetProperty("results").EnumerateArray()
                .Select(r => new QueryMatch(r.GetProperty("ref").GetString()!, r.GetProperty("score").GetDouble()))
                .ToList(),
            entry.GetProperty("error").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("error").GetString()),
            entry.GetProperty("files").GetInt32()))
            .ToList();
    }
}
