namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary>One cited key of a citation: <c>@key</c>, <c>-@key</c> (year only) or <c>@key, p. 12</c> (with a locator).</summary>
/// <param name="Key">The source's key.</param>
/// <param name="Locator">The locator as written (<c>p. 12</c>), or null.</param>
/// <param name="SuppressAuthor">True for <c>-@key</c>: the author is already named in the sentence, so only the year is shown.</param>
/// <param name="Offset">Where the item's '@' (or '-') stands, in characters from the citation's '['.</param>
public sealed record CitationItem(string Key, string? Locator, bool SuppressAuthor, int Offset);
