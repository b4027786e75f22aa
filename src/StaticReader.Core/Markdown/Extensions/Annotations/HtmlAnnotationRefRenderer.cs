using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticReader.Core.Markdown.Extensions.Annotations;

/// <summary>
/// Renders a note reference as a superscript number linking to its margin note. Markdig's own back
/// links (added to the note's last paragraph) render nothing: the note writes its own.
/// </summary>
public sealed class HtmlAnnotationRefRenderer : HtmlObjectRenderer<FootnoteLink>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink)
        {
            return;
        }

        var id = AnnotationIds.Of(link.Footnote);
        var number = link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write("<sup class=\"note-ref\"><a href=\"#note-").Write(id).Write("\" id=\"ref-").Write(id)
            .Write(IsFirstReference(link) ? "" : "-" + link.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Write("\" aria-label=\"Note ").Write(number).Write("\">").Write(number).Write("</a></sup>");
    }

    /// <summary>The first reference to a note gets the plain id the note's back link points to.</summary>
    private static bool IsFirstReference(FootnoteLink link) =>
        ReferenceEquals(link.Footnote.Links.FirstOrDefault(l => !l.IsBackLink), link);
}
