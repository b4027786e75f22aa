namespace StaticReader.Core.Search;

/// <summary>
/// One page as the search index sees it. Each property is a lunr field; the builder
/// indexes them in the order title, aliases, summary, body.
/// </summary>
/// <param name="Ref">The document reference lunr returns for a match (unique per document).</param>
/// <param name="Title">The page title (field boost 10).</param>
/// <param name="Aliases">The page's aliases joined with spaces, or empty (field boost 5).</param>
/// <param name="Summary">The page summary, or empty (field boost 2).</param>
/// <param name="Body">The page's plain text, or empty (field boost 1).</param>
public sealed record SearchDocument(string Ref, string Title, string Aliases, string Summary, string Body);
