using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Markdown.Passes;

namespace StaticReader.Examples.Stats;

/// <summary>
/// An example page pass: marks every link that leaves the site with <c>rel="external"</c>, so a stylesheet can give it
/// an arrow. It runs after the built-in passes, on the parsed page, before the HTML is written.
/// </summary>
public sealed class ExternalLinksPass : IPagePass
{
    /// <inheritdoc />
    public string Name => "mark external links";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) => context.UrlInlines.Count > 0;

    /// <inheritdoc />
    public void Run(PageContext context)
    {
        foreach (var link in context.UrlInlines.OfType<LinkInline>())
        {
            if (!link.IsImage && link.Url is { } url && url.StartsWith("https://", StringComparison.Ordinal))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "external");
            }
        }
    }
}
