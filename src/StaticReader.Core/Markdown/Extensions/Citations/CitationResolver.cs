using Markdig.Syntax;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary>
/// Resolves a page's citations against the site's sources: numbers each cited source in the order the page first cites
/// it, renders every citation in the site's style, and reports unknown keys at their position with the nearest keys.
/// </summary>
public static class CitationResolver
{
    /// <summary>Resolves the citations of <paramref name="document"/> in place and returns the sources cited, in order.</summary>
    public static IReadOnlyList<CitedSource> Resolve(MarkdownDocument document, SiteIndex index, PageEntry page, DiagnosticBag diagnostics)
    {
        var cited = new List<CitedSource>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = SourceLabels.For(index);
        var style = index.Config.Citations;
        foreach (var citation in Syntax.InlinesOf<CitationInline>(document).ToList())
        {
            var resolved = new List<(CitationItem Item, PageEntry Source)>();
            foreach (var item in citation.Items)
            {
                if (index.BySlug.TryGetValue(item.Key, out var source) && BuiltInCollections.IsSources(source.Collection))
                {
                    resolved.Add((item, source));
                    continue;
                }

                diagnostics.Error(page.Document.DisplayPath, page.Document.BodyLine + citation.Line, citation.Column + item.Offset + 1,
                    $"unknown source key '{item.Key}'" + Suggestion(item.Key, index), Hint(item.Key));
            }

            if (resolved.Count < citation.Items.Count)
            {
                continue; // shown as written; the build fails
            }

            foreach (var (_, source) in resolved)
            {
                if (!numbers.ContainsKey(source.Slug))
                {
                    numbers[source.Slug] = numbers.Count + 1;
                    cited.Add(new CitedSource(source, numbers.Count));
                }
            }

            citation.Pieces = Render(resolved, style, labels, numbers);
        }

        return cited;
    }

    private static List<CitationPiece> Render(List<(CitationItem Item, PageEntry Source)> items, CitationStyle style, SourceLabels labels, Dictionary<string, int> numbers)
    {
        var numeric = style == CitationStyle.Numeric;
        var pieces = new List<CitationPiece> { new(numeric ? "[" : "(") };
        for (var i = 0; i < items.Count; i++)
        {
            var (item, source) = items[i];
            if (i > 0)
            {
                pieces.Add(new CitationPiece(numeric ? ", " : "; "));
            }

            var label = numeric
                ? numbers[source.Slug].ToString(System.Globalization.CultureInfo.InvariantCulture)
                : item.SuppressAuthor ? labels.Year(source.Slug) : labels.Author(source.Slug) + ", " + labels.Year(source.Slug);
            pieces.Add(new CitationPiece(label, source.Slug, source.Url));
            if (item.Locator is { } locator)
            {
                pieces.Add(new CitationPiece(", " + locator));
            }
        }

        pieces.Add(new CitationPiece(numeric ? "]" : ")"));
        return pieces;
    }

    private static string Suggestion(string key, SiteIndex index)
    {
        var keys = index.Pages.Where(p => BuiltInCollections.IsSources(p.Collection)).Select(p => p.Slug).ToList();
        var near = keys
            .Select(k => (Key: k, Distance: Distance(key, k)))
            .Where(k => k.Distance <= Math.Max(2, key.Length / 3) || k.Key.Contains(key, StringComparison.Ordinal) || key.Contains(k.Key, StringComparison.Ordinal))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(k => "'" + k.Key + "'")
            .ToList();
        return near.Count == 0 ? "" : " (did you mean " + string.Join(" or ", near) + "?)";
    }

    private static string Hint(string key) =>
        $"cite a source by its key, the name of its file in input/sources/ (or its CSL-JSON id); to add this one, create input/sources/{key}.md with a title";

    /// <summary>Levenshtein distance, on two rows.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
