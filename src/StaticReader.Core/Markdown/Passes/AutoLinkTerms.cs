using StaticReader.Core.Markdown.Extensions.Glossary;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>Links the first mention of each glossary term, in collections that auto-link.</summary>
/// <param name="linker">The site's auto-linker, shared by every page (it holds the terms' trie).</param>
public sealed class AutoLinkTerms(GlossaryAutoLinker linker) : IPagePass
{
    /// <inheritdoc />
    public string Name => "auto-link terms";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) => context.Page.Collection.AutoLink;

    /// <inheritdoc />
    public void Run(PageContext context) => context.LinkedTerms.UnionWith(linker.Link(context.Document, context.Page.Slug));
}
