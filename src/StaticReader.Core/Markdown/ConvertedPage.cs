using System.Text;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.SiteUrls;
using StaticReader.Core.Markdown.Extensions.WikiLinks;

namespace StaticReader.Core.Markdown;

/// <summary>A content page after its markdown became HTML, with what the page knows about itself and its links.</summary>
/// <param name="Page">The page.</param>
/// <param name="Utf8Html">
/// The body HTML, encoded as UTF-8: every page's HTML lives from conversion until its page is written, and the HTML of
/// prose is nearly all ASCII, so this halves what a large site holds (read it as text with <see cref="Html"/>).
/// </param>
/// <param name="Headings">Level-2 and level-3 headings for the table of contents.</param>
/// <param name="Anchors">Every id a link may target on this page (headings, passages, notes).</param>
/// <param name="Passages">Passage ids and plain texts, in reading order (for search and backlinks).</param>
/// <param name="Mentions">Links to other pages with their context sentences.</param>
/// <param name="QuoteCredits">The credit lines of the quoted excerpts (caption HTML, passage id): who said or published each.</param>
/// <param name="LinkedSlugs">Slugs of every page linked from the body, sorted.</param>
/// <param name="AnchorReferences">Wikilinks to anchors of other pages, checked once all pages are converted.</param>
/// <param name="NotesCount">How many annotations the page has.</param>
/// <param name="UrlReferences">Markdown links and images inside the site, resolved once all pages are converted.</param>
public sealed record ConvertedPage(
    PageEntry Page,
    byte[] Utf8Html,
    IReadOnlyList<TocHeading> Headings,
    IReadOnlySet<string> Anchors,
    IReadOnlyList<(string Id, string Text)> Passages,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<(string Html, string PassageId)> QuoteCredits,
    IReadOnlyList<string> LinkedSlugs,
    IReadOnlyList<AnchorReference> AnchorReferences,
    int NotesCount,
    IReadOnlyList<UrlReference> UrlReferences)
{
    /// <summary>
    /// For each passage (same order as <see cref="Passages"/>), the links to pages inside its plain text: the slug and the
    /// character range of the linked words. Previews show a passage with its links live and the words that link to the
    /// reader's current page highlighted.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<(string Slug, int Start, int Length)>> PassageLinks { get; init; } = [];

    /// <summary>The body HTML as text, decoded on each call.</summary>
    public string Html => Encoding.UTF8.GetString(Utf8Html);

    /// <summary>The page's figures (charts and captioned images) in reading order, for previews of links to them.</summary>
    public IReadOnlyList<Extensions.Figures.FigureEntry> Figures { get; init; } = [];

    /// <summary>The sources the page cites, numbered in the order it first cites them (its "Sources" list).</summary>
    public IReadOnlyList<Extensions.Citations.CitedSource> Cited { get; init; } = [];
}
