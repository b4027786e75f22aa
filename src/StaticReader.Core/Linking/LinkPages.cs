using StaticReader.Core.Diagnostics;
using StaticReader.Core.Markdown;

namespace StaticReader.Core.Linking;

/// <summary>
/// Stage 4, link: inverts every page's mentions into backlinks, checks anchors of wikilinks and resolves the internal
/// markdown links and images of every page (when <see cref="SiteTargets"/> are given).
/// </summary>
public static class LinkPages
{
    /// <summary>Builds the link graph from the converted pages.</summary>
    public static SiteLinks Run(IReadOnlyList<ConvertedPage> pages, DiagnosticBag diagnostics, SiteTargets? targets = null)
    {
        CheckAnchors(pages, diagnostics);
        if (targets is not null)
        {
            UrlResolver.Run(pages, targets, diagnostics);
        }

        var backlinks = new Dictionary<string, List<Backlink>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var group in page.Mentions.GroupBy(m => m.TargetSlug, StringComparer.Ordinal))
            {
                if (!backlinks.TryGetValue(group.Key, out var list))
                {
                    backlinks[group.Key] = list = [];
                }

                list.Add(new Backlink(page.Page, group.ToList()));
            }
        }

        return new SiteLinks(backlinks.ToDictionary(b => b.Key, b => (IReadOnlyList<Backlink>)b.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// The link graph after one page changed (<paramref name="before"/> became <paramref name="after"/>, same slug):
    /// equal to <see cref="Run"/> on <paramref name="pages"/>, but it re-inverts only that page's mentions.
    /// </summary>
    public static SiteLinks Update(SiteLinks previous, IReadOnlyList<ConvertedPage> pages, ConvertedPage before, ConvertedPage after, DiagnosticBag diagnostics, SiteTargets? targets = null)
    {
        // Anchors are checked site-wide: the edit may have removed an anchor another page links to. That walk is
        // cheap (few pages link to anchors); inverting every mention is what costs.
        CheckAnchors(pages, diagnostics);
        if (targets is not null)
        {
            UrlResolver.Run(pages, targets, diagnostics);
        }

        var siteOrder = new Dictionary<string, int>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            siteOrder[pages[i].Page.Slug] = i;
        }

        var mentioned = before.Mentions.Concat(after.Mentions).Select(m => m.TargetSlug);
        return previous.WithMentionsOf(after, mentioned, siteOrder);
    }

    private static void CheckAnchors(IReadOnlyList<ConvertedPage> pages, DiagnosticBag diagnostics)
    {
        var bySlug = pages.ToDictionary(p => p.Page.Slug, StringComparer.Ordinal);
        foreach (var reference in pages.SelectMany(p => p.AnchorReferences))
        {
            if (bySlug.TryGetValue(reference.TargetSlug, out var target) && !target.Anchors.Contains(reference.Anchor))
            {
                var known = target.Anchors.Where(a => !a.StartsWith("note-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(8);
                var near = Suggestions.Nearest(reference.Anchor, target.Anchors);
                diagnostics.Error(reference.Path, reference.Line, reference.Column,
                    $"the page '{reference.TargetSlug}' has no anchor '#{reference.Anchor}'",
                    near is not null
                        ? $"did you mean [[{reference.TargetSlug}#{near}]]?"
                        : "link to a heading or passage id of that page, e.g. " + string.Join(", ", known.Select(a => "#" + a)));
            }
        }
    }
}
