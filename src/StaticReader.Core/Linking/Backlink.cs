using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown;

namespace StaticReader.Core.Linking;

/// <summary>A page that links to another, with each mention's passage and sentence.</summary>
public sealed record Backlink(PageEntry Source, IReadOnlyList<Mention> Mentions);
