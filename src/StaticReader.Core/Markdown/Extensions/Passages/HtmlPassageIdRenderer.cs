using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticReader.Core.Markdown.Extensions.Passages;

/// <summary>Renders nothing: the id goes on the passage's wrapper.</summary>
public sealed class HtmlPassageIdRenderer : HtmlObjectRenderer<PassageIdInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, PassageIdInline inline)
    {
    }
}
