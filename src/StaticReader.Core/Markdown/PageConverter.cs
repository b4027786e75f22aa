using System.Text;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.Annotations;
using StaticReader.Core.Markdown.Extensions.Citations;
using StaticReader.Core.Markdown.Extensions.Figures;
using StaticReader.Core.Markdown.Extensions.Glossary;
using StaticReader.Core.Markdown.Extensions.Passages;
using StaticReader.Core.Markdown.Extensions.SafeUrls;
using StaticReader.Core.Markdown.Extensions.SiteUrls;
using StaticReader.Core.Markdown.Extensions.WikiLinks;

namespace StaticReader.Core.Markdown;

/// <summary>
/// Turns one page's markdown into HTML through the reader's passes, in this order:
/// parse → read charts and number figures → refuse unsafe URLs → rebase site-rooted URLs (kept to resolve) → resolve wikilinks → resolve citations → auto-link terms → check annotations → assign passage ids →
/// tie highlights to notes → write HTML → collect mentions.
/// </summary>
public sealed class PageConverter(MarkdownPipeline pipeline, SiteIndex index, GlossaryAutoLinker autoLinker)
{
    private const int MaxDepth = 200;

    private static ConvertedPage TooDeep(PageEntry page, DiagnosticBag diagnostics, string detail)
    {
        diagnostics.Error(page.Document.DisplayPath, page.Document.BodyLine, 1, $"the markdown is nested too deeply ({detail})",
            "look for a long run of '[', '>', '*' or list indentation; escape characters meant literally with a backslash");
        return new ConvertedPage(page, [], [], new HashSet<string>(), [], [], [], [], [], 0, []);
    }

    /// <summary>Converts one page whose markdown is <paramref name="body"/>; problems are reported to <paramref name="diagnostics"/>.</summary>
    public ConvertedPage Convert(PageEntry page, string body, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, pipeline);
        }
        catch (ArgumentException ex)
        {
            return TooDeep(page, diagnostics, ex.Message);
        }

        // Every pass and Markdig's own renderer recurse through the tree: refuse a page nested past any real prose
        // rather than let the process die of a stack overflow.
        if (Syntax.Depth(document) > MaxDepth)
        {
            return TooDeep(page, diagnostics, $"more than {MaxDepth} levels");
        }

        // Each pass below walks the page; a cheap look at the source skips the passes with nothing to do.
        var hasNotes = body.Contains("[^", StringComparison.Ordinal);
        if (hasNotes)
        {
            AnnotationIds.Assign(Syntax.BlocksOf<Footnote>(document));
        }

        // Before the URL passes: images are sized from the assets as written (/assets/x.png), and charts cite their sources.
        var figures = FigurePass.Applies(body) ? FigurePass.Run(document, page, index, diagnostics) : PageFigures.None;

        List<UrlReference> urlReferences = [];
        if (body.Contains("](", StringComparison.Ordinal) || body.Contains(']' + ":", StringComparison.Ordinal) || body.Contains('<') || body.Contains("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            UrlChecks.Run(document, page, diagnostics);
            urlReferences = SiteUrlRewriter.Run(document, page, index.Config.BasePath, diagnostics);
        }

        var wikiLinks = body.Contains("[[", StringComparison.Ordinal) ? Syntax.InlinesOf<WikiLinkInline>(document).ToList() : [];
        var anchorReferences = WikiLinkResolver.Resolve(wikiLinks, index, page, diagnostics, figures);
        var cited = body.Contains('@') || figures.CitesSources ? CitationResolver.Resolve(document, index, page, diagnostics) : [];
        var termSlugs = page.Collection.AutoLink ? autoLinker.Link(document, page.Slug) : [];

        AnnotationChecks.Run(document, page, body, diagnostics);
        var headings = new List<TocHeading>();
        var anchors = new HashSet<string>(figures.Numbers.Keys, StringComparer.Ordinal);
        foreach (var heading in Syntax.BlocksOf<HeadingBlock>(document))
        {
            if (heading.GetAttributes().Id is { } id)
            {
                anchors.Add(id);
                if (heading.Level is 2 or 3)
                {
                    headings.Add(new TocHeading(heading.Level, id, PlainText.Of(heading)));
                }
            }
        }

        var linksToPages = termSlugs.Count > 0 || wikiLinks.Any(l => l.TargetSlug is not null) || cited.Count > 0;
        var passages = PassageAssigner.Run(document, page, anchors, body.Contains("{#", StringComparison.Ordinal), diagnostics,
            wholeText: index.Config.Search || linksToPages);
        var noteAnchors = hasNotes ? NoteAnchors.Run(document) : [];
        var writer = new PageHtmlWriter(pipeline);
        var html = writer.Write(document, passages, noteAnchors, hasNotes);

        var footnotes = hasNotes ? Syntax.BlocksOf<Footnote>(document).ToList() : [];
        foreach (var footnote in footnotes)
        {
            anchors.Add("note-" + AnnotationIds.Of(footnote));
        }

        var mentions = MentionCollector.Run(passages, page.Slug, footnotes);
        var linked = termSlugs
            .Concat(wikiLinks.Select(l => l.TargetSlug).OfType<string>())
            .Concat(cited.Select(c => c.Source.Slug))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ConvertedPage(page, Encoding.UTF8.GetBytes(html), headings, anchors, passages.Select(p => (p.Id, p.Text)).ToList(),
            mentions, writer.QuoteCredits, linked, anchorReferences, footnotes.Count, urlReferences)
        {
            PassageLinks = passages.Select(p => p.Links).ToList(),
            Cited = cited,
            Figures = figures.Entries,
        };
    }
}
