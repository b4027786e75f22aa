using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown.Extensions.NoLink;

/// <summary><c>{!text!}</c>: text that glossary auto-linking must leave alone. Renders as plain text.</summary>
public sealed class NoLinkInline : LeafInline
{
    /// <summary>The protected text.</summary>
    public required string Text { get; init; }
}
