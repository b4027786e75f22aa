using StaticReader.Core.Content;

namespace StaticReader.Core.Loading;

/// <summary>The result of the load stage: settings, content documents in a stable order, and asset files to copy.</summary>
/// <param name="Config">The site's settings.</param>
/// <param name="Documents">Every content document, in a stable order.</param>
/// <param name="Assets">The files of <c>input/assets/</c>.</param>
/// <param name="MarkdownBodies">
/// Each document's markdown body, as UTF-8, by its display path. Conversion is their only reader: the site model keeps
/// the site without them (see <see cref="WithoutBodies"/>).
/// </param>
public sealed record LoadedSite(
    SiteConfig Config,
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<InputFile> Assets,
    IReadOnlyDictionary<string, ReadOnlyMemory<byte>> MarkdownBodies)
{
    /// <summary>The same site without its markdown bodies, once they have been converted.</summary>
    public LoadedSite WithoutBodies() => this with { MarkdownBodies = new Dictionary<string, ReadOnlyMemory<byte>>() };

    /// <summary>The markdown body of <paramref name="document"/> (empty when it was not loaded with one), decoded on each call.</summary>
    public string BodyOf(SourceDocument document) => System.Text.Encoding.UTF8.GetString(BodyBytesOf(document).Span);

    /// <summary>The markdown body of <paramref name="document"/> as UTF-8 (empty when it was not loaded with one).</summary>
    public ReadOnlyMemory<byte> BodyBytesOf(SourceDocument document) => MarkdownBodies.GetValueOrDefault(BodyKey(document));

    /// <summary>
    /// The key of a document's body: its display path, and for an entry of a CSL-JSON file (one file, several sources)
    /// the path and the entry's key.
    /// </summary>
    public static string BodyKey(SourceDocument document) =>
        document.DisplayPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? document.DisplayPath + "#" + document.Slug : document.DisplayPath;

    /// <summary>The files of <c>input/data/</c> (the CSV files charts draw from).</summary>
    public IReadOnlyList<InputFile> DataInputFiles { get; init; } = [];

    /// <summary>
    /// The data files of <c>input/data/</c> by name (<c>site.data.&lt;name&gt;</c> in layouts), as plain values: see
    /// <see cref="DataFiles"/>.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Data { get; init; } = new Dictionary<string, object?>();

    /// <summary>Drafts left out of this build (no <c>--drafts</c>): a link to one is named as a link to a draft.</summary>
    public IReadOnlyList<SourceDocument> Drafts { get; init; } = [];

    /// <summary>
    /// The slugs (made from file names) of content files that failed to load. Their error is reported in the file; a
    /// wikilink to one is not reported again as an unknown target.
    /// </summary>
    public IReadOnlySet<string> FailedSlugs { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
