using StaticReader.Core.Content;

namespace StaticReader.Core.Loading;

/// <summary>The result of the load stage: settings, content documents in a stable order, and asset files to copy.</summary>
public sealed record LoadedSite(SiteConfig Config, IReadOnlyList<SourceDocument> Documents, IReadOnlyList<InputFile> Assets)
{
    /// <summary>Drafts left out of this build (no <c>--drafts</c>): a link to one is named as a link to a draft.</summary>
    public IReadOnlyList<SourceDocument> Drafts { get; init; } = [];

    /// <summary>
    /// The slugs (made from file names) of content files that failed to load. Their error is reported in the file; a
    /// wikilink to one is not reported again as an unknown target.
    /// </summary>
    public IReadOnlySet<string> FailedSlugs { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
