using System.Globalization;
using System.Text;
using System.Text.Json;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>
/// Reads a CSL-JSON file of <c>input/sources/</c> (the format Zotero and Pandoc export): an array of entries, or one entry.
/// Each entry becomes a source with the fields a front matter would give it (<c>id</c> → key, <c>title</c>, <c>author</c>
/// → authors, <c>container-title</c> → outlet, <c>publisher</c>, <c>issued</c> → date, <c>type</c>, <c>URL</c>,
/// <c>DOI</c>, <c>accessed</c>; <c>abstract</c> or <c>note</c> → the summary body). Problems name the entry's line.
/// </summary>
internal static class CslJsonReader
{
    /// <summary>CSL item types to the reader's source types; types not listed give a source without a type.</summary>
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["article"] = "article", ["article-newspaper"] = "article", ["article-magazine"] = "article",
        ["article-journal"] = "paper", ["paper-conference"] = "paper", ["thesis"] = "paper", ["manuscript"] = "paper",
        ["report"] = "report", ["book"] = "book", ["chapter"] = "book", ["interview"] = "interview",
        ["dataset"] = "dataset", ["webpage"] = "web", ["post"] = "web", ["post-weblog"] = "web", ["software"] = "web",
    };

    /// <summary>The sources of one file, in the order written; bad entries are reported and left out.</summary>
    public static IReadOnlyList<LoadedDocument> Read(InputFile file, Collection collection, DiagnosticBag diagnostics)
    {
        if (InputFileReader.Bytes(file.FullPath, file.DisplayPath, diagnostics) is not { } bytes)
        {
            return [];
        }

        var documents = new List<LoadedDocument>();
        var span = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes.AsSpan();
        var offset = bytes.Length - span.Length;
        var reader = new Utf8JsonReader(span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.StartObject))
            {
                diagnostics.Error(file.DisplayPath, 1, 1, "a CSL-JSON file must hold an array of entries (or one entry)",
                    "export the sources from Zotero as CSL JSON, or write [ { \"id\": \"key\", \"title\": \"…\" } ]");
                return [];
            }

            var single = reader.TokenType == JsonTokenType.StartObject;
            while (single || (reader.Read() && reader.TokenType != JsonTokenType.EndArray))
            {
                var (line, column) = Position(bytes, offset + (int)reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    diagnostics.Error(file.DisplayPath, line, column, "each entry of a CSL-JSON file must be an object",
                        "write each source as { \"id\": \"key\", \"title\": \"…\" }");
                    reader.Skip();
                    continue;
                }

                using var entry = JsonDocument.ParseValue(ref reader);
                if (Entry(entry.RootElement, file, collection, line, column, diagnostics) is { } document)
                {
                    documents.Add(document);
                }

                if (single)
                {
                    break;
                }
            }
        }
        catch (JsonException ex)
        {
            diagnostics.Error(file.DisplayPath, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1,
                "invalid JSON: " + ex.Message.Split(" LineNumber", 2)[0].TrimEnd(' ', '.') + ".",
                "check for a missing comma, quote or bracket near here");
            return [];
        }

        return documents;
    }

    private static LoadedDocument? Entry(JsonElement entry, InputFile file, Collection collection, int line, int column, DiagnosticBag diagnostics)
    {
        void Report(string message, string hint) => diagnostics.Error(file.DisplayPath, line, column, message, hint);

        var key = entry.TryGetProperty("id", out var id) ? id.ValueKind switch
        {
            JsonValueKind.String => id.GetString()?.Trim(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        } : null;
        if (string.IsNullOrEmpty(key))
        {
            Report("this CSL-JSON entry has no \"id\"", "give it \"id\": \"a-key\", the key citations use as [@a-key]");
            return null;
        }

        if (SlugRules.Problem(key) is { } problem)
        {
            Report($"the source key '{key}': {problem}", "use a few lower-case words joined by hyphens as the \"id\", e.g. \"reuters-2025\"");
            return null;
        }

        var title = Text(entry, "title");
        if (title is null)
        {
            Report($"the source '{key}' has no \"title\"", "add \"title\": \"…\" to the entry");
            return null;
        }

        var date = Date(entry, "issued");
        if (date.Problem is not null)
        {
            Report($"the \"issued\" date of '{key}' {date.Problem}", SourceFields.DateHint);
        }

        var accessed = Date(entry, "accessed");
        if (accessed.Problem is not null)
        {
            Report($"the \"accessed\" date of '{key}' {accessed.Problem}", SourceFields.DateHint);
        }

        var url = Text(entry, "URL");
        if (url is not null && !SourceFields.IsWebUrl(url))
        {
            Report($"the \"URL\" of '{key}' ('{url}') is not an absolute http(s) URL", SourceFields.UrlHint);
            url = null;
        }

        var writtenDoi = Text(entry, "DOI");
        var doi = writtenDoi is null ? null : SourceFields.NormalizeDoi(writtenDoi);
        if (writtenDoi is not null && doi is null)
        {
            Report($"the \"DOI\" of '{key}' ('{writtenDoi}') is not a DOI", SourceFields.DoiHint);
        }

        var cslType = Text(entry, "type");
        string? type = null;
        if (cslType is not null && !Types.TryGetValue(cslType, out type))
        {
            diagnostics.Warning(file.DisplayPath, line, column, $"the CSL type '{cslType}' of '{key}' has no source type, so the source has none",
                "use one of the CSL types " + string.Join(", ", Types.Keys.Order(StringComparer.Ordinal)));
        }

        var reference = new SourceReference(Authors(entry), Text(entry, "container-title"), Text(entry, "publisher"), type, url, doi, accessed.Value);
        var body = Text(entry, "abstract") ?? Text(entry, "note") ?? "";
        var front = new FrontMatter(title, null, date.Value, false, null, [], null, [], null, null, []) { Reference = reference };
        return SourceDocuments.Complete(new LoadedDocument(new SourceDocument(file.DisplayPath, collection, key, front, line, entry.GetRawText()) { Line = line }, System.Text.Encoding.UTF8.GetBytes(body)));
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.Trim().Length > 0
            ? text.Trim()
            : null;

    private static IReadOnlyList<string> Authors(JsonElement entry)
    {
        if (!entry.TryGetProperty("author", out var authors) || authors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var names = new List<string>();
        foreach (var author in authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
        {
            var name = Text(author, "literal") ?? string.Join(' ', new[] { Text(author, "given"), Text(author, "family") }.OfType<string>());
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>A CSL date (<c>{"date-parts": [[2025, 6, 23]]}</c> or <c>{"raw": "2025-06-23"}</c>) as YYYY[-MM[-DD]].</summary>
    private static (string? Value, string? Problem) Date(JsonElement entry, string name)
    {
        if (!entry.TryGetProperty(name, out var date) || date.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        string? text = null;
        if (date.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0
            && parts[0].ValueKind == JsonValueKind.Array)
        {
            var numbers = parts[0].EnumerateArray()
                .Select(p => p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n) ? n
                    : p.ValueKind == JsonValueKind.String && int.TryParse(p.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s
                    : -1)
                .Take(3)
                .ToList();
            if (numbers.Count == 0 || numbers.Any(n => n < 0))
            {
                return (null, "has parts that are not numbers");
            }

            text = numbers[0].ToString("D4", CultureInfo.InvariantCulture)
                + string.Concat(numbers.Skip(1).Select(n => "-" + n.ToString("D2", CultureInfo.InvariantCulture)));
        }
        else
        {
            text = Text(date, "raw") ?? Text(date, "literal");
        }

        return text is null ? (null, null)
            : SourceFields.IsDate(text) ? (text, null)
            : (null, $"'{text}' is not a real date");
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, Math.Max(0, offset - lineStart)) + 1);
    }
}
