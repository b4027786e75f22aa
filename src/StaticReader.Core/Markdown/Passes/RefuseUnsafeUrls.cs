using StaticReader.Core.Markdown.Extensions.SafeUrls;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>Reports and removes every URL whose scheme could run script (<c>javascript:</c>, <c>data:</c>…).</summary>
public sealed class RefuseUnsafeUrls : IPagePass
{
    /// <inheritdoc />
    public string Name => "refuse unsafe URLs";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) => context.UrlInlines.Count > 0;

    /// <inheritdoc />
    public void Run(PageContext context) => UrlChecks.Run(context.UrlInlines, context.Page, context.Diagnostics);
}
