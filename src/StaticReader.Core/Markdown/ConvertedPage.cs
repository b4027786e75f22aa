using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown;

/// <summary>A content page after its markdown became HTML, with what the page knows about its own headings.</summary>
/// <param name="Page">The page.</param>
/// <param name="Html">The body HTML.</param>
/// <param name="Headings">Level-2 and level-3 headings for the table of contents.</param>
public sealed record ConvertedPage(PageEntry Page, string Html, IReadOnlyList<TocHeading> Headings);
