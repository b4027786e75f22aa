namespace StaticReader.Core.Search;

/// <summary>One file of the search data.</summary>
/// <param name="Path">Its path under the site root ('/'-separated), e.g. <c>search/p/3f2a….json</c>.</param>
/// <param name="Content">
/// Its bytes (UTF-8 JSON). A file handed to <see cref="ShardedIndexBuilder.Write(LunrIndex, IReadOnlyList{SearchFragment}, Action{SearchFile})"/>'s
/// callback may lend them from a buffer that is reused once the callback returns: write them or copy them there.
/// </param>
public sealed record SearchFile(string Path, ReadOnlyMemory<byte> Content);
