using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary><c>[@key]</c>, <c>[@key, p. 12]</c>, <c>[@a; @b]</c> or <c>[-@key]</c>; resolved against the sources after parsing.</summary>
public sealed class CitationInline : LeafInline
{
    /// <summary>The citation as written, shown as it is when a key is unknown (the build fails then).</summary>
    public required string Source { get; init; }

    /// <summary>The cited keys, in the order written.</summary>
    public required IReadOnlyList<CitationItem> Items { get; init; }

    /// <summary>The rendered citation in the site's style, set by <see cref="CitationResolver"/>; empty until then.</summary>
    public IReadOnlyList<CitationPiece> Pieces { get; set; } = [];
}
