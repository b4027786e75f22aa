using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.Annotations;
using StaticReader.Core.Markdown.Passes;

namespace StaticReader.Core.Markdown;

/// <summary>
/// Turns one page's markdown into HTML: parse, run the passes in order (the built-in ones are listed, as data, in
/// <see cref="StaticReader.Core.Extensions.BuiltInExtension"/>: read charts and number figures, refuse unsafe URLs, rebase site URLs, resolve wikilinks and citations,
/// auto-link terms, check annotations, collect headings, assign passage ids, tie highlights to notes; then each
/// extension's), write the HTML, collect mentions.
/// </summary>
/// <param name="pipeline">The Markdig pipeline every page is parsed with.</param>
/// <param name="index">The site's pages, terms and sources.</param>
/// <param name="passes">The passes, in the order they run.</param>
public sealed class PageConverter(MarkdownPipeline pipeline, SiteIndex index, IReadOnlyList<IPagePass> passes)
{
    private const int MaxDepth = 200;

    /// <summary>The passes every page goes through, in order.</summary>
    public IReadOnlyList<IPagePass> Passes => passes;

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
        var (depth, urlInlines) = Syntax.Survey(document);
        if (depth > MaxDepth)
        {
            return TooDeep(page, diagnostics, $"more than {MaxDepth} levels");
        }

        var context = new PageContext(page, body, document, urlInlines, index, diagnostics);
        foreach (var pass in passes)
        {
            if (pass.AppliesTo(context))
            {
                pass.Run(context);
            }
        }

        var writer = new PageHtmlWriter(pipeline);
        var html = writer.Write(document, context.Passages, context.NoteAnchors, context.HasNotes);

        var footnotes = context.HasNotes ? Syntax.BlocksOf<Footnote>(document).ToList() : [];
        foreach (var footnote in footnotes)
        {
            context.Anchors.Add("note-" + AnnotationIds.Of(footnote));
        }

        var mentions = MentionCollector.Run(context.Passages, page.Slug, footnotes);
        var linked = context.LinkedTerms
            .Concat(context.WikiLinks.Select(l => l.TargetSlug).OfType<string>())
            .Concat(context.Cited.Select(c => c.Source.Slug))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ConvertedPage(page, html, context.Headings, context.Anchors, context.Passages.Select(p => (p.Id, p.Text)).ToList(),
            mentions, writer.QuoteCredits, linked, context.AnchorReferences, footnotes.Count, context.UrlReferences)
        {
            PassageLinks = context.Passages.Select(p => p.Links).ToList(),
            Cited = context.Cited,
            Figures = context.Figures.Entries,
        };
    }
}
