using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary>
/// Renders a citation as <c>&lt;span class="citation"&gt;</c> whose source labels are links to the sources' pages, with the
/// <c>data-preview</c> attribute every internal link has (so the previews of linked pages open on them too).
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (citation.Pieces.Count == 0)
        {
            renderer.WriteEscape(citation.Source); // an unknown key is a build error; never emit a dead link
            return;
        }

        renderer.Write("<span class=\"citation\">");
        foreach (var piece in citation.Pieces)
        {
            if (piece.Url is null)
            {
                renderer.WriteEscape(piece.Text);
                continue;
            }

            renderer.Write("<a class=\"citation-link\" href=\"").WriteEscapeUrl(piece.Url).Write("\" data-preview=\"").WriteEscape(piece.Slug)
                .Write("\">").WriteEscape(piece.Text).Write("</a>");
        }

        renderer.Write("</span>");
    }
}
