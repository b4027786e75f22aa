using Markdig.Renderers;

namespace StaticReader.Core.Markdown;

/// <summary>An HTML renderer over a <see cref="StringWriter"/> that can be emptied and used for the next page.</summary>
public sealed class ReusableHtmlRenderer(StringWriter writer) : HtmlRenderer(writer)
{
    /// <summary>Empties the writer and forgets the last page's indent and line state (Markdig's own reset).</summary>
    public void ResetForNextPage() => Reset();
}
