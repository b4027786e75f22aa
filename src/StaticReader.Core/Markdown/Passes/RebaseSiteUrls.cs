using Markdig.Syntax.Inlines;
using StaticReader.Core.Markdown.Extensions.SiteUrls;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>Makes site-rooted links and images follow the base path, and records each to be resolved once all pages are known.</summary>
public sealed class RebaseSiteUrls : IPagePass
{
    /// <inheritdoc />
    public string Name => "rebase site URLs";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) => context.UrlInlines.Count > 0;

    /// <inheritdoc />
    public void Run(PageContext context) =>
        context.UrlReferences.AddRange(SiteUrlRewriter.Run(context.UrlInlines.OfType<LinkInline>(), context.Page, context.Index.Config.BasePath, context.Diagnostics));
}
