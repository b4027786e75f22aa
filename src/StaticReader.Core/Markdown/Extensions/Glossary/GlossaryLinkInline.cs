using Markdig.Syntax.Inlines;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Glossary;

/// <summary>A mention of a glossary term found by the auto-linker.</summary>
public sealed class GlossaryLinkInline : LeafInline
{
    /// <summary>The text as written in the content ("Huawei", "SMRs").</summary>
    public required string Text { get; init; }

    /// <summary>The term it links to.</summary>
    public required PageEntry Term { get; init; }
}
