using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Writes a paragraph marked as an <see cref="ImageFigure"/> as <c>&lt;figure class="figure" id="fig-…"&gt;</c> with the
/// image and a "Figure N." caption; every other paragraph as Markdig does.
/// </summary>
public sealed class HtmlFigureParagraphRenderer : ParagraphRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (obj.GetData(typeof(ImageFigure)) is not ImageFigure figure || obj.Inline is null)
        {
            base.Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\" id=\"").WriteEscape(figure.Id).Write("\">\n");
        foreach (var image in obj.Inline.OfType<LinkInline>())
        {
            // The caption says it once: the image's title attribute would repeat it in a tooltip.
            var title = image.Title;
            image.Title = null;
            renderer.Write(image);
            image.Title = title;
        }

        renderer.Write("\n<figcaption><span class=\"figure-label\">Figure ").Write(figure.Number.ToString(CultureInfo.InvariantCulture))
            .Write(".</span> ").WriteEscape(figure.Caption).Write("</figcaption>\n</figure>\n");
    }
}
