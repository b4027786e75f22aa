using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;

namespace StaticReader.Core.Markdown.Extensions.Callouts;

/// <summary>
/// Callouts: a block quote opening with <c>[!NOTE]</c>, <c>[!TIP]</c>, <c>[!IMPORTANT]</c>, <c>[!WARNING]</c> or
/// <c>[!CAUTION]</c>, GitHub's and Obsidian's syntax. Markdig's alert parser reads them; <see cref="HtmlCalloutRenderer"/>
/// writes them as the theme styles them. Register it after <c>UseAlertBlocks()</c>, whose renderer it replaces (an
/// extension cannot add another while the pipeline is being built).
/// </summary>
public sealed class CalloutExtension : IMarkdownExtension
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
            html.ObjectRenderers.Replace<AlertBlockRenderer>(new HtmlCalloutRenderer());
        }
    }
}
