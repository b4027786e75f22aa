using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown.Extensions.Passages;

/// <summary><c>{#id}</c> at the very end of a paragraph: the writer's explicit passage id. Renders nothing.</summary>
public sealed class PassageIdInline : LeafInline
{
    /// <summary>The id as written.</summary>
    public required string Id { get; init; }
}
