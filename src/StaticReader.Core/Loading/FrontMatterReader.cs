using System.Globalization;
using System.Text.RegularExpressions;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>Maps a parsed front matter block to <see cref="FrontMatter"/>, checking required fields and values.</summary>
public static partial class FrontMatterReader
{
    private static readonly string[] TermKinds = ["concept", "organization", "person", "product", "policy"];

    /// <summary>
    /// The fields read into <see cref="FrontMatter"/> in every collection; any other field reaches layouts as
    /// <c>page.params</c>. The editor schemas (<c>schemas/*.schema.json</c>) are tested against this list.
    /// </summary>
    public static IReadOnlyList<string> KnownFields { get; } =
        ["title", "summary", "date", "draft", "slug", "aliases", "kind", "related", "source", "layout", "redirect_from", "updated", "corrections"];

    /// <summary>The values a term's <c>kind</c> may take.</summary>
    public static IReadOnlyList<string> TermKindNames => TermKinds;

    /// <summary>The fields of one entry of <c>corrections:</c>.</summary>
    public static IReadOnlyList<string> CorrectionFields { get; } = ["date", "text"];

    /// <summary>The fields of a text's <c>source:</c> mapping.</summary>
    public static IReadOnlyList<string> SourceInfoFields { get; } = ["outlet", "url", "date", "author", "note"];

    /// <summary>Every field the reader reads from a page of <paramref name="collection"/>: the common ones, and a source's own.</summary>
    public static IReadOnlyList<string> FieldsFor(Collection collection) =>
        BuiltInCollections.IsSources(collection) ? [.. KnownFields, .. SourceFields.Names] : KnownFields;

    /// <summary>Reads the typed front matter; returns null when a required field is missing.</summary>
    public static FrontMatter? Read(SplitFile split, Collection collection, string displayPath, DiagnosticBag diagnostics)
    {
        var fields = YamlDocumentReader.Read(split.Yaml, split.YamlLine, displayPath, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var title = fields.Text("title");
        if (title is null)
        {
            diagnostics.Error(displayPath, 1, 1, BuiltInCollections.IsSources(collection) ? "the source has no 'title'" : "the front matter has no 'title'",
                "add a line 'title: Your title' between the two '---' lines");
        }

        var summary = fields.Text("summary");
        if (collection.Terms && summary is null && title is not null)
        {
            diagnostics.Error(displayPath, 1, 1, $"the glossary term '{title}' has no 'summary'",
                "add 'summary: One or two sentences' (previews and search show it)");
        }

        var isSource = BuiltInCollections.IsSources(collection);
        var date = fields.Text("date");
        if (isSource && date is not null && !SourceFields.IsDate(date))
        {
            fields.Report(fields.Node("date")!, $"'date' must be a real date, not '{date}'", SourceFields.DateHint);
            date = null;
        }
        else if (!isSource && date is not null && !IsDate(date))
        {
            fields.Report(fields.Node("date")!, $"'date' must be a real date written like 2025-06-14, not '{date}'", "write the date as YYYY-MM-DD (or YYYY-MM)");
            date = null;
        }

        var slug = fields.Text("slug");
        if (slug is not null && SlugRules.Problem(slug) is { } slugProblem)
        {
            fields.Report(fields.Node("slug")!, slugProblem, SlugRules.Hint);
            slug = null; // the file name's slug stands in, so the rest of the page is still checked
        }

        var termKind = fields.Text("kind")?.ToLowerInvariant();
        if (termKind is not null && !TermKinds.Contains(termKind))
        {
            fields.Report(fields.Node("kind")!, $"unknown kind '{termKind}'", "use one of: " + string.Join(", ", TermKinds));
            termKind = null;
        }

        var updated = fields.Text("updated");
        if (updated is not null && !IsDate(updated))
        {
            fields.Report(fields.Node("updated")!, $"'updated' must be a real date written like 2025-06-14, not '{updated}'", "write the date as YYYY-MM-DD");
            updated = null;
        }

        var source = ReadSource(fields);
        var front = new FrontMatter(
            Title: title ?? "",
            Summary: summary,
            Date: date,
            Draft: fields.Flag("draft"),
            Slug: slug,
            Aliases: fields.List("aliases"),
            TermKind: termKind,
            Related: fields.List("related"),
            Source: source,
            Layout: fields.Text("layout"),
            RedirectFrom: fields.List("redirect_from"),
            Params: fields.Names.Where(n => !FieldsFor(collection).Contains(n))
                .ToDictionary(n => n, fields.Data, StringComparer.Ordinal),
            Updated: updated,
            Corrections: ReadCorrections(fields))
        {
            Reference = isSource ? SourceFrontMatterReader.Read(fields) : null,
        };
        return title is null ? null : front;
    }

    private const string CorrectionExample = "corrections: [{ date: 2025-07-02, text: \"The chip count was 384, not 348.\" }]";

    private static IReadOnlyList<Correction> ReadCorrections(YamlFields fields)
    {
        var corrections = new List<Correction>();
        foreach (var entry in fields.Mappings("corrections", CorrectionExample))
        {
            var date = entry.Text("date");
            var text = entry.Text("text");
            if (date is null)
            {
                fields.Report(fields.Node("corrections")!, "a correction has no 'date'", "give each correction its day: " + CorrectionExample);
            }
            else if (!IsDate(date) || date.Length != 10)
            {
                entry.Report(entry.Node("date")!, $"a correction's date must be a real day written like 2025-07-02, not '{date}'", "write the day as YYYY-MM-DD");
            }
            else if (text is null)
            {
                fields.Report(fields.Node("corrections")!, $"the correction of {date} has no 'text'", "say what changed: " + CorrectionExample);
            }
            else
            {
                corrections.Add(new Correction(date, text));
            }
        }

        return corrections;
    }

    private static SourceInfo? ReadSource(YamlFields fields)
    {
        if (fields.Node("source") is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            return new SourceInfo(fields.Text("source"), null, null, null, null);
        }

        var source = fields.Mapping("source");
        if (source is null)
        {
            return null;
        }

        var url = source.Text("url");
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            source.Report(source.Node("url")!, $"the source url '{url}' is not an absolute http(s) URL",
                "write source: { url: https://… } or leave the url out");
            url = null;
        }

        // SourceInfoFields lists these names for the schema test; other keys of the mapping are ignored.
        return new SourceInfo(source.Text("outlet"), url, source.Text("date"), source.Text("author"), source.Text("note"));
    }

    /// <summary>True for an existing calendar day (YYYY-MM-DD) or month (YYYY-MM).</summary>
    private static bool IsDate(string text) =>
        DatePattern().IsMatch(text) &&
        DateOnly.TryParseExact(text.Length == 7 ? text + "-01" : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}(-\d{2})?$")]
    private static partial Regex DatePattern();
}
