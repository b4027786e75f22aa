namespace StaticReader.Core.Search;

/// <summary>What the search UI shows of one page: fetched, as one small file, only when the page is among the results shown.</summary>
/// <param name="Url">The page URL (also the document's lunr reference).</param>
/// <param name="Title">The page title.</param>
/// <param name="Kind">The page kind (<c>term</c>, <c>text</c>, <c>explainer</c>, <c>page</c>…).</param>
/// <param name="Summary">The summary, or empty.</param>
/// <param name="Aliases">The aliases joined with spaces, or empty.</param>
/// <param name="Passages">Passage ids and plain texts, in reading order.</param>
public sealed record SearchFragment(
    string Url, string Title, string Kind, string Summary, string Aliases, IReadOnlyList<(string Id, string Text)> Passages);
