using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.Annotations;
using StaticReader.Core.Markdown.Extensions.Glossary;
using StaticReader.Core.Markdown.Extensions.Passages;
using StaticReader.Core.Markdown.Extensions.SafeUrls;
using StaticReader.Core.Markdown.Extensions.WikiLinks;

namespace StaticReader.Core.Markdown;

/// <summary>
/// Turns one page's markdown into HTML through the reader's passes, in this order:
/// parse → refuse unsafe URLs → resolve wikilinks → auto-link terms → check annotations → assign passage ids →
/// tie highlights to notes → write HTML → collect mentions.
/// </summary>
public sealed class PageConverter(MarkdownPipeline pipeline, SiteIndex index, GlossaryAutoLinker autoLinker)
{
    /// <summary>Converts one page; problems are reported to <paramref name="diagnostics"/>.</summary>
    public ConvertedPage Convert(PageEntry page, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(page.Document.Body, pipeline);
        UrlChecks.Run(document, page, diagnostics);
        var anchorReferences = WikiLinkResolver.Resolve(document, index, page, diagnostics);
        if (page.Kind is ContentKind.Text or ContentKind.Explainer)
        {
            autoLinker.Link(document, page.Slug);
        }

        AnnotationChecks.Run(document, page, diagnostics);
        var headings = Headings(document);
        var anchors = new HashSet<string>(headings.Select(h => h.Id), StringComparer.Ordinal);
        foreach (var heading in Syntax.BlocksOf<HeadingBlock>(document))
        {
            if (heading.GetAttributes().Id is { } id)
            {
                anchors.Add(id);
            }
        }

        var passages = PassageAssigner.Run(document, page, anchors, diagnostics);
        var noteAnchors = NoteAnchors.Run(document);
        var writer = new PageHtmlWriter(pipeline);
        var html = writer.Write(document, passages, noteAnchors);

        var footnotes = Syntax.BlocksOf<Footnote>(document).ToList();
        foreach (var footnote in footnotes)
        {
            anchors.Add("note-" + AnnotationIds.Of(footnote));
        }

        var mentions = MentionCollector.Run(passages, page.Slug);
        var linked = Syntax.InlinesOf<GlossaryLinkInline>(document).Select(l => l.Term.Slug)
            .Concat(Syntax.InlinesOf<WikiLinkInline>(document).Select(l => l.TargetSlug).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ConvertedPage(page, html, headings, anchors, passages.Select(p => (p.Id, p.Text)).ToList(),
            mentions, writer.Sources, linked, anchorReferences, footnotes.Count);
    }

    private static List<TocHeading> Headings(MarkdownDocument document)
    {
        var headings = new List<TocHeading>();
        foreach (var heading in Syntax.BlocksOf<HeadingBlock>(document))
        {
            if (heading.Level is 2 or 3 && heading.GetAttributes().Id is { } id)
            {
                headings.Add(new TocHeading(heading.Level, id, InlineText.Of(heading.Inline)));
            }
        }

        return headings;
    }
}
