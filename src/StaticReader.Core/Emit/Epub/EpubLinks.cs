using StaticReader.Core.Indexing;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// Where a link of the site points inside one text's EPUB: the text itself, its glossary appendix and its sources stay
/// inside the book; any other page of the site becomes an absolute link to the web edition, which e-readers open in a
/// browser.
/// </summary>
public sealed class EpubLinks
{
    /// <summary>The text chapter's file name.</summary>
    public const string TextFile = "text.xhtml";

    /// <summary>The glossary appendix's file name.</summary>
    public const string GlossaryFile = "glossary.xhtml";

    /// <summary>The sources appendix's file name.</summary>
    public const string SourcesFile = "sources.xhtml";

    private readonly SiteIndex index;
    private readonly PageEntry text;
    private readonly IReadOnlySet<string> terms;
    private readonly IReadOnlySet<string> sources;

    /// <summary>Links for the EPUB of <paramref name="text"/>, whose appendices hold <paramref name="terms"/> and <paramref name="sources"/> (slugs).</summary>
    public EpubLinks(SiteIndex index, PageEntry text, IReadOnlySet<string> terms, IReadOnlySet<string> sources)
    {
        this.index = index;
        this.text = text;
        this.terms = terms;
        this.sources = sources;
    }

    /// <summary>The id of a term's entry in the glossary appendix.</summary>
    public static string TermId(string slug) => "term-" + slug;

    /// <summary>The id of a source's entry in the sources appendix.</summary>
    public static string SourceId(string slug) => "source-" + slug;

    /// <summary>The book's href for <paramref name="href"/> as the site wrote it (fragment-only links are left to the caller).</summary>
    public string Resolve(string href)
    {
        if (href.StartsWith('#') || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return href; // anchors on the same page, external links, mailto
        }

        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? "" : href[hash..];
        if (index.ByUrl.TryGetValue(path, out var page) || index.ByUrl.TryGetValue(path + "/", out page))
        {
            if (page == text)
            {
                return TextFile + fragment;
            }

            if (terms.Contains(page.Slug) && page.Collection.Terms)
            {
                return GlossaryFile + "#" + TermId(page.Slug);
            }

            if (sources.Contains(page.Slug) && Content.BuiltInCollections.IsSources(page.Collection))
            {
                return SourcesFile + "#" + SourceId(page.Slug);
            }
        }

        return WebUrl(href);
    }

    /// <summary>The absolute URL of a site path on the web edition.</summary>
    public string WebUrl(string sitePath)
    {
        var basePath = index.Config.BasePath;
        var below = sitePath.StartsWith(basePath, StringComparison.Ordinal) ? sitePath[basePath.Length..] : sitePath.TrimStart('/');
        return index.Config.BaseUrl.TrimEnd('/') + "/" + below;
    }
}
