namespace StaticReader.Core.Linking;

/// <summary>The site's link graph, read-only once built: for each page slug, the pages that link to it.</summary>
public sealed class SiteLinks(IReadOnlyDictionary<string, IReadOnlyList<Backlink>> backlinks)
{
    /// <summary>The backlinks of a page, in site order (texts, terms, explainers, pages), or none.</summary>
    public IReadOnlyList<Backlink> To(string slug) => backlinks.TryGetValue(slug, out var list) ? list : [];
}
