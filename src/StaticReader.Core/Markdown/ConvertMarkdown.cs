using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown;

/// <summary>Stage 3, convert: parses each page's markdown and renders its body HTML, in parallel, in index order.</summary>
public static class ConvertMarkdown
{
    /// <summary>Converts every content page of the index.</summary>
    public static IReadOnlyList<ConvertedPage> Run(SiteIndex index, DiagnosticBag diagnostics)
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var pages = index.Pages;
        var converted = new ConvertedPage[pages.Count];
        Parallel.For(0, pages.Count, i => converted[i] = ConvertOne(pages[i], pipeline));
        return converted;
    }

    private static ConvertedPage ConvertOne(PageEntry page, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(page.Document.Body, pipeline);
        var headings = new List<TocHeading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level is 2 or 3 && heading.GetAttributes().Id is { } id)
            {
                headings.Add(new TocHeading(heading.Level, id, InlineText.Of(heading.Inline)));
            }
        }

        var html = document.ToHtml(pipeline);
        return new ConvertedPage(page, html, headings);
    }
}
