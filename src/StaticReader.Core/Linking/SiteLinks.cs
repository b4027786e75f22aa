using StaticReader.Core.Markdown;

namespace StaticReader.Core.Linking;

/// <summary>The site's link graph, read-only once built: for each page slug, the pages that link to it.</summary>
public sealed class SiteLinks(IReadOnlyDictionary<string, IReadOnlyList<Backlink>> backlinks)
{
    /// <summary>The backlinks of a page, in site order (texts, terms, explainers, pages), or none.</summary>
    public IReadOnlyList<Backlink> To(string slug) => backlinks.TryGetValue(slug, out var list) ? list : [];

    /// <summary>
    /// The graph after one page's mentions changed, sharing every list the change does not touch (serve's
    /// incremental rebuild: inverting the whole site's mentions again costs tens of milliseconds on a large site).
    /// </summary>
    /// <param name="source">The page whose mentions changed (its slug is unchanged).</param>
    /// <param name="targets">The slugs it mentioned before or mentions now.</param>
    /// <param name="siteOrder">Where each page stands in site order, to keep every list in that order.</param>
    public SiteLinks WithMentionsOf(ConvertedPage source, IEnumerable<string> targets, IReadOnlyDictionary<string, int> siteOrder)
    {
        var updated = new Dictionary<string, IReadOnlyList<Backlink>>(backlinks, StringComparer.Ordinal);
        var slug = source.Page.Slug;
        var position = siteOrder[slug];
        foreach (var target in targets.Distinct(StringComparer.Ordinal))
        {
            var list = To(target).Where(b => b.Source.Slug != slug).ToList();
            var mentions = source.Mentions.Where(m => m.TargetSlug == target).ToList();
            if (mentions.Count > 0)
            {
                var at = list.FindIndex(b => siteOrder[b.Source.Slug] > position);
                list.Insert(at < 0 ? list.Count : at, new Backlink(source.Page, mentions));
            }

            if (list.Count > 0)
            {
                updated[target] = list;
            }
            else
            {
                updated.Remove(target);
            }
        }

        return new SiteLinks(updated);
    }
}
