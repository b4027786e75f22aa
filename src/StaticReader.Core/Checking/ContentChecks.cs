using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Linking;

namespace StaticReader.Core.Checking;

/// <summary>Warnings about content that builds but reads badly: terms never mentioned, pages nothing links to.</summary>
public static class ContentChecks
{
    /// <summary>Reports the warnings.</summary>
    public static void Run(SiteIndex index, SiteLinks links, IEnumerable<string> navUrls, DiagnosticBag diagnostics)
    {
        var navigated = navUrls.ToHashSet(StringComparer.Ordinal);
        foreach (var page in index.Pages)
        {
            if (links.To(page.Slug).Count > 0 || navigated.Contains(page.Url))
            {
                continue;
            }

            var path = page.Document.DisplayPath;
            if (page.Collection.Terms)
            {
                diagnostics.Warning(path, 1, 1, $"the term '{page.Title}' is never mentioned in a text or explainer",
                    "mention it (by title or alias) where it helps a reader, or add an alias that the texts use");
            }
            else if (Content.BuiltInCollections.IsSources(page.Collection))
            {
                diagnostics.Warning(path, page.Document.Line, 1, $"the source '{page.Slug}' is never cited",
                    $"cite it with [@{page.Slug}] where a text, explainer or term relies on it, or delete it");
            }
            else if (page.Collection != Content.BuiltInCollections.Texts) // texts are listed on the home page
            {
                diagnostics.Warning(path, 1, 1, $"nothing links to '{page.Title}'",
                    $"link it from another page with [[{page.Slug}]] or add it to nav in site.yml");
            }
        }
    }
}
