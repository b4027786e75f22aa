using Markdig.Syntax;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// A <c>```chart</c> block once read: it takes the fenced block's place in the document. Its <see cref="LeafBlock.Inline"/>
/// holds the citation of its source when <c>source:</c> names one, so the page's citation pass resolves it like any
/// other and the source joins the page's "Sources" list. It is not a passage: its YAML never reaches search.
/// </summary>
public sealed class ChartBlock : LeafBlock
{
    /// <summary>Creates the block for <paramref name="spec"/>.</summary>
    public ChartBlock(ChartSpec spec) : base(null) => Spec = spec;

    /// <summary>The chart.</summary>
    public ChartSpec Spec { get; }

    /// <summary>The figure's number on its page.</summary>
    public int Number { get; set; }

    /// <summary>The source in words for the SVG's description (the source's title when it is a key), or null.</summary>
    public string? SourceText { get; set; }
}
