using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Figures: charts drawn from <c>```chart</c> blocks and captioned images, numbered per page. <see cref="FigurePass"/>
/// reads them after parsing; this glue registers their renderers, the chart's ahead of Markdig's code block renderer.
/// </summary>
public sealed class FigureExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlChartRenderer>();
            html.ObjectRenderers.Replace<ParagraphRenderer>(new HtmlFigureParagraphRenderer());
        }
    }
}
