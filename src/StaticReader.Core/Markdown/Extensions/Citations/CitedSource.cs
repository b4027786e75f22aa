using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary>A source a page cites, with its number on that page (the order of its first citation).</summary>
public sealed record CitedSource(PageEntry Source, int Number);
