namespace StaticReader.Core.Search;

/// <summary>One file of the search data.</summary>
/// <param name="Path">Its path under the site root ('/'-separated), e.g. <c>search/p/3f2a….json</c>.</param>
/// <param name="Content">Its bytes (UTF-8 JSON).</param>
public sealed record SearchFile(string Path, byte[] Content);
