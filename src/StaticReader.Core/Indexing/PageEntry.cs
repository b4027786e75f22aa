using StaticReader.Core.Content;

namespace StaticReader.Core.Indexing;

/// <summary>A content page as the site index knows it: where it lives and how to link to it.</summary>
/// <param name="Document">The loaded source.</param>
/// <param name="Url">The site-relative URL, starting with the base path (e.g. <c>/glossary/smr/</c>).</param>
/// <param name="OutputPath">The file to write, relative to the output folder (e.g. <c>glossary/smr/index.html</c>).</param>
public sealed record PageEntry(SourceDocument Document, string Url, string OutputPath)
{
    /// <summary>The page's slug.</summary>
    public string Slug => Document.Slug;

    /// <summary>The page's title.</summary>
    public string Title => Document.FrontMatter.Title;

    /// <summary>The page's summary, or an empty string.</summary>
    public string Summary => Document.FrontMatter.Summary ?? "";

    /// <summary>The page's collection.</summary>
    public Collection Collection => Document.Collection;
}
