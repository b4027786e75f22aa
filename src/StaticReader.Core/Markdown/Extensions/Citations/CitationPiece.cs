namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary>A piece of a rendered citation: plain text, or (with a slug) a link to a source's page.</summary>
/// <param name="Text">The text shown.</param>
/// <param name="Slug">The source's key when the piece links to it, else null.</param>
/// <param name="Url">The source page's URL when the piece links to it, else null.</param>
public sealed record CitationPiece(string Text, string? Slug = null, string? Url = null);
