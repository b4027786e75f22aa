using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Writes a chart as <c>&lt;figure class="figure chart" id="fig-…"&gt;</c>: the caption first ("Figure 1. Title." and the
/// caption), the SVG, the note and source, then the data table.
/// </summary>
public sealed class HtmlChartRenderer : HtmlObjectRenderer<ChartBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ChartBlock block)
    {
        var spec = block.Spec;
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure chart chart-").Write(spec.Type.ToString().ToLowerInvariant()).Write("\" id=\"").WriteEscape(spec.Id).Write("\">\n");
        renderer.Write("<figcaption><span class=\"figure-label\">Figure ").Write(block.Number.ToString(CultureInfo.InvariantCulture))
            .Write(".</span> <span class=\"figure-title\">").WriteEscape(spec.Title);
        // "Figure 1. Title. Caption.": the title ends with a full stop unless it has its own mark (a question).
        renderer.Write(spec.Title[^1] is '.' or '?' or '!' ? "</span>" : ".</span>");
        if (spec.Caption is { } caption)
        {
            renderer.Write(" <span class=\"figure-text\">").WriteEscape(caption).Write("</span>");
        }

        renderer.Write("</figcaption>\n");
        renderer.Write(SvgChartWriter.Write(spec, ChartTableWriter.Describe(spec, block.SourceText))).Write('\n');
        if (spec.Note is not null || spec.Source is not null)
        {
            renderer.Write("<p class=\"chart-credit\">");
            if (spec.Note is { } note)
            {
                renderer.Write("Note: ").WriteEscape(note);
            }

            if (spec.Source is { } source)
            {
                renderer.Write(spec.Note is null ? "Source: " : " Source: ");
                if (block.Inline is { FirstChild: not null })
                {
                    renderer.WriteChildren(block.Inline);
                }
                else
                {
                    renderer.WriteEscape(source);
                }
            }

            renderer.Write("</p>\n");
        }

        renderer.Write(ChartTableWriter.Write(spec)).Write("</figure>\n");
    }
}
