using System.Runtime.CompilerServices;
using StaticReader.Core.Content;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary>
/// The author-date label of every source of a site ("Reuters, 2025"), with a letter after the year where two sources
/// would otherwise read alike ("Reuters, 2025a", "Reuters, 2025b", ordered by date, then key). Computed once per index.
/// </summary>
public sealed class SourceLabels
{
    private static readonly ConditionalWeakTable<SiteIndex, SourceLabels> Cache = new();

    private readonly Dictionary<string, (string Author, string Year)> labels = new(StringComparer.Ordinal);

    private SourceLabels(IEnumerable<PageEntry> sources)
    {
        var groups = sources
            .Select(s => (Source: s, Author: CitationFormatter.ShortAuthor(s), Year: CitationFormatter.Year(s)))
            .GroupBy(s => (s.Author, s.Year));
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(s => s.Source.Document.FrontMatter.Date ?? "", StringComparer.Ordinal)
                .ThenBy(s => s.Source.Slug, StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var suffix = ordered.Count > 1 ? ((char)('a' + Math.Min(i, 25))).ToString() : "";
                labels[ordered[i].Source.Slug] = (ordered[i].Author, ordered[i].Year + suffix);
            }
        }
    }

    /// <summary>The labels of <paramref name="index"/>'s sources.</summary>
    public static SourceLabels For(SiteIndex index) =>
        Cache.GetValue(index, i => new SourceLabels(i.Pages.Where(p => BuiltInCollections.IsSources(p.Collection))));

    /// <summary>The short author ("Reuters", "Cao and Chen", "Zuo et al.") of a source.</summary>
    public string Author(string key) => labels.TryGetValue(key, out var label) ? label.Author : key;

    /// <summary>The year with its letter ("2025b"), or "n.d." for an undated source.</summary>
    public string Year(string key) => labels.TryGetValue(key, out var label) ? label.Year : "n.d.";
}
