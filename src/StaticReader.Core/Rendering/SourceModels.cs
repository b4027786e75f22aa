using Scriban.Runtime;
using StaticReader.Core.Content;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown;
using StaticReader.Core.Markdown.Extensions.Citations;

namespace StaticReader.Core.Rendering;

/// <summary>What layouts see of sources: a page's "Sources" list, a source's own reference, and the <c>/sources/</c> groups.</summary>
public static class SourceModels
{
    private static readonly Dictionary<string, string> TypeLabels = new(StringComparer.Ordinal)
    {
        ["article"] = "Articles", ["report"] = "Reports", ["paper"] = "Papers", ["book"] = "Books",
        ["interview"] = "Interviews", ["dataset"] = "Data", ["web"] = "Web pages",
    };

    /// <summary>
    /// <c>page.bibliography</c>: the sources a page cites, numbered by first citation for the numeric style, sorted by
    /// author and year for author-date.
    /// </summary>
    public static ScriptArray Bibliography(SiteIndex index, ConvertedPage page)
    {
        var labels = SourceLabels.For(index);
        var style = index.Config.Citations;
        return new ScriptArray(Ordered(index, page).Select(c => new ScriptObject
        {
            ["number"] = c.Number,
            ["slug"] = c.Source.Slug,
            ["url"] = c.Source.Url,
            ["title"] = c.Source.Title,
            ["reference_html"] = CitationFormatter.ReferenceHtml(c.Source, style, labels),
        }));
    }

    /// <summary>The sources a page cites in the order of its "Sources" list (the web page's and the EPUB's).</summary>
    public static IReadOnlyList<CitedSource> Ordered(SiteIndex index, ConvertedPage page)
    {
        var labels = SourceLabels.For(index);
        return index.Config.Citations == CitationStyle.Numeric
            ? page.Cited.ToList()
            : page.Cited.OrderBy(c => labels.Author(c.Source.Slug), StringComparer.OrdinalIgnoreCase)
                .ThenBy(c => labels.Year(c.Source.Slug), StringComparer.Ordinal)
                .ThenBy(c => c.Source.Slug, StringComparer.Ordinal)
                .ToList();
    }

    /// <summary>Adds a source page's own fields: its formatted reference, type, authors, outlet, link and label.</summary>
    public static void AddReference(ScriptObject page, SiteIndex index, PageEntry source)
    {
        var labels = SourceLabels.For(index);
        var reference = source.Document.FrontMatter.Reference ?? new SourceReference([], null, null, null, null, null, null);
        page["reference_html"] = CitationFormatter.ReferenceHtml(source, index.Config.Citations, labels);
        page["source_type"] = reference.Type ?? "";
        page["authors"] = new ScriptArray(reference.Authors);
        page["outlet"] = reference.Container ?? "";
        page["link"] = reference.Link ?? "";
        page["label"] = labels.Author(source.Slug) + ", " + labels.Year(source.Slug);
        page["backlinks_title"] = "Cited in";
    }

    /// <summary><c>page.groups</c> of <c>/sources/</c>: sources by outlet or publisher (else by type), each sorted by date.</summary>
    public static ScriptArray Groups(SiteIndex index)
    {
        var labels = SourceLabels.For(index);
        var sources = index.Pages.Where(p => BuiltInCollections.IsSources(p.Collection));
        return new ScriptArray(sources
            .GroupBy(GroupOf)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ScriptObject
            {
                ["label"] = g.Key,
                ["id"] = "group-" + Slugs.FromText(g.Key),
                ["sources"] = new ScriptArray(g
                    .OrderBy(s => s.Document.FrontMatter.Date ?? "9999", StringComparer.Ordinal)
                    .ThenBy(s => s.Slug, StringComparer.Ordinal)
                    .Select(s => new ScriptObject
                    {
                        ["title"] = s.Title,
                        ["url"] = s.Url,
                        ["slug"] = s.Slug,
                        ["date"] = s.Document.FrontMatter.Date ?? "",
                        ["authors"] = CitationFormatter.Authors(s.Document.FrontMatter.Reference?.Authors ?? []),
                        ["label"] = labels.Author(s.Slug) + ", " + labels.Year(s.Slug),
                    })),
            }));
    }

    /// <summary><c>page.by_date</c> of <c>/sources/</c>: every source, newest first (undated ones last), by key within a date.</summary>
    public static ScriptArray ByDate(SiteIndex index) => new(
        index.Pages.Where(p => BuiltInCollections.IsSources(p.Collection))
            .OrderBy(s => s.Document.FrontMatter.Date is null ? 1 : 0)
            .ThenByDescending(s => s.Document.FrontMatter.Date ?? "", StringComparer.Ordinal)
            .ThenBy(s => s.Slug, StringComparer.Ordinal)
            .Select(s => new ScriptObject
            {
                ["title"] = s.Title,
                ["url"] = s.Url,
                ["slug"] = s.Slug,
                ["date"] = s.Document.FrontMatter.Date ?? "",
                ["outlet"] = s.Document.FrontMatter.Reference?.Container ?? "",
            }));

    private static string GroupOf(PageEntry source)
    {
        var reference = source.Document.FrontMatter.Reference;
        return reference?.Container ?? (reference?.Type is { } type ? TypeLabels[type] : "Other sources");
    }
}
