using StaticReader.Core.Markdown.Extensions.WikiLinks;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>Points every <c>[[slug]]</c> at its page (or reports it, with the nearest slug), and records links to other pages' anchors.</summary>
public sealed class ResolveWikiLinks : IPagePass
{
    /// <inheritdoc />
    public string Name => "resolve wikilinks";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) => context.Body.Contains("[[", StringComparison.Ordinal);

    /// <inheritdoc />
    public void Run(PageContext context)
    {
        context.WikiLinks.AddRange(Syntax.InlinesOf<WikiLinkInline>(context.Document));
        context.AnchorReferences.AddRange(WikiLinkResolver.Resolve(context.WikiLinks, context.Index, context.Page, context.Diagnostics, context.Figures));
    }
}
