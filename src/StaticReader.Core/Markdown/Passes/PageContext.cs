using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.Citations;
using StaticReader.Core.Markdown.Extensions.Passages;
using StaticReader.Core.Markdown.Extensions.SiteUrls;
using StaticReader.Core.Markdown.Extensions.WikiLinks;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>
/// One page on its way through the passes: the parsed document and what each pass has learned so far. Mutable on
/// purpose, and only for the length of one page's conversion on one thread: each pass reads what earlier passes
/// recorded (the passage pass needs the anchors the heading pass took), and the converter turns the finished context
/// into an immutable <see cref="ConvertedPage"/>.
/// </summary>
public sealed class PageContext
{
    /// <summary>Starts the conversion of <paramref name="page"/>, parsed from <paramref name="body"/> into <paramref name="document"/>.</summary>
    public PageContext(PageEntry page, string body, MarkdownDocument document, IReadOnlyList<Inline> urlInlines, SiteIndex index, DiagnosticBag diagnostics)
    {
        Page = page;
        Body = body;
        Document = document;
        UrlInlines = urlInlines;
        Index = index;
        Diagnostics = diagnostics;
        HasNotes = body.Contains("[^", StringComparison.Ordinal);
    }

    /// <summary>The page being converted.</summary>
    public PageEntry Page { get; }

    /// <summary>The page's markdown, without front matter.</summary>
    public string Body { get; }

    /// <summary>The parsed markdown; passes change it in place.</summary>
    public MarkdownDocument Document { get; }

    /// <summary>
    /// Every inline of the document that carries a URL (<see cref="LinkInline"/> and <see cref="AutolinkInline"/>), found
    /// by the same walk that measured the document's depth, so that the URL checks see every one of them without a
    /// guess at which syntaxes may hold a URL.
    /// </summary>
    public IReadOnlyList<Inline> UrlInlines { get; }

    /// <summary>The site's pages, terms and sources, to resolve links against.</summary>
    public SiteIndex Index { get; }

    /// <summary>Where passes report problems.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>Whether the source has annotation syntax (<c>[^</c>): passes about notes skip pages without.</summary>
    public bool HasNotes { get; }

    /// <summary>Links and images inside the site, resolved once every page is converted.</summary>
    public List<UrlReference> UrlReferences { get; } = [];

    /// <summary>The page's wikilinks, in document order.</summary>
    public List<WikiLinkInline> WikiLinks { get; } = [];

    /// <summary>Wikilinks to anchors of other pages, checked once every page is converted.</summary>
    public List<AnchorReference> AnchorReferences { get; } = [];

    /// <summary>The page's figures (charts and captioned images), numbered; none until the figures pass has run.</summary>
    public Extensions.Figures.PageFigures Figures { get; set; } = Extensions.Figures.PageFigures.None;

    /// <summary>The sources the page cites.</summary>
    public List<CitedSource> Cited { get; } = [];

    /// <summary>Slugs of the terms auto-linked in the page.</summary>
    public HashSet<string> LinkedTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Level-2 and level-3 headings, for the table of contents.</summary>
    public List<TocHeading> Headings { get; } = [];

    /// <summary>Every id a link may target on the page; passes add the ids they assign.</summary>
    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>The page's passages, in reading order.</summary>
    public List<Passage> Passages { get; } = [];

    /// <summary>For each note, the id of the highlight it annotates.</summary>
    public Dictionary<Footnote, string> NoteAnchors { get; } = [];

    /// <summary>Whether the page links to other pages (terms, wikilinks or citations): then backlinks need its passages.</summary>
    public bool LinksToPages => LinkedTerms.Count > 0 || WikiLinks.Any(l => l.TargetSlug is not null) || Cited.Count > 0;
}
