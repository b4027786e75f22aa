namespace StaticReader.Core.Emit.Epub;

/// <summary>What a text page shows of its EPUB edition: where it is and how large.</summary>
/// <param name="Url">The book's site URL, starting with the base path.</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record EpubLink(string Url, long Size);
