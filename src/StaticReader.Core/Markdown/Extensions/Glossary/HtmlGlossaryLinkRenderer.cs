using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticReader.Core.Markdown.Extensions.Glossary;

/// <summary>Renders a term mention as <c>&lt;a class="term" href="…" data-preview="slug"&gt;</c>.</summary>
public sealed class HtmlGlossaryLinkRenderer : HtmlObjectRenderer<GlossaryLinkInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, GlossaryLinkInline link) =>
        renderer.Write("<a class=\"term\" href=\"").WriteEscapeUrl(link.Term.Url)
            .Write("\" data-preview=\"").WriteEscape(link.Term.Slug).Write("\">")
            .WriteEscape(link.Text).Write("</a>");
}
