namespace StaticReader.Core.Content;

/// <summary>
/// A content file after loading: where it is and its parsed front matter. Its markdown body is not part of it: the body
/// travels beside it (<see cref="Loading.LoadedDocument"/>, <see cref="Loading.LoadedSite.MarkdownBodies"/>) until
/// conversion, its last reader, so a large site does not keep every body alive while its pages are written.
/// </summary>
/// <param name="DisplayPath">The path shown in diagnostics, relative to the working directory.</param>
/// <param name="Collection">The collection it belongs to.</param>
/// <param name="Slug">The final slug (from front matter or file name).</param>
/// <param name="FrontMatter">Typed front matter.</param>
/// <param name="BodyLine">The 1-based line of the file on which the markdown body (after the front matter) starts.</param>
/// <param name="FrontMatterYaml">
/// The front matter as written. Serve compares it to tell a body-only edit (one page and what it feeds) from one that
/// other pages may depend on, without a list of fields to keep in step with the reader.
/// </param>
public sealed record SourceDocument(
    string DisplayPath,
    Collection Collection,
    string Slug,
    FrontMatter FrontMatter,
    int BodyLine,
    string FrontMatterYaml = "")
{
    /// <summary>The 1-based line where the page is defined: 1 for a markdown file, an entry's line in a CSL-JSON file.</summary>
    public int Line { get; init; } = 1;
}
