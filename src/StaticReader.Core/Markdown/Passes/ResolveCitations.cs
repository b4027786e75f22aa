using StaticReader.Core.Markdown.Extensions.Citations;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>Points every <c>[@key]</c> at its source and formats it in the site's citation style.</summary>
public sealed class ResolveCitations : IPagePass
{
    /// <inheritdoc />
    public string Name => "resolve citations";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) => context.Body.Contains('@') || context.Figures.CitesSources; // a chart's source: key

    /// <inheritdoc />
    public void Run(PageContext context) =>
        context.Cited.AddRange(CitationResolver.Resolve(context.Document, context.Index, context.Page, context.Diagnostics));
}
