namespace StaticReader.Core.Content;

/// <summary>How citations and the "Sources" list are written (<c>site.yml</c> <c>citations</c>).</summary>
public enum CitationStyle
{
    /// <summary>"(Reuters, 2025)", and a list sorted by author. The default.</summary>
    AuthorDate,

    /// <summary>"[3]", numbered in the order a page first cites each source, and a list in that order.</summary>
    Numeric,
}
