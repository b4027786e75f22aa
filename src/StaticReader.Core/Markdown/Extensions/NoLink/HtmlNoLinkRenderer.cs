using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticReader.Core.Markdown.Extensions.NoLink;

/// <summary>Renders <c>{!text!}</c> as its escaped text.</summary>
public sealed class HtmlNoLinkRenderer : HtmlObjectRenderer<NoLinkInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, NoLinkInline inline) => renderer.WriteEscape(inline.Text);
}
