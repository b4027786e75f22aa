using StaticReader.Core.Diagnostics;
using StaticReader.Core.Markdown;
using StaticReader.Core.Markdown.Extensions.SiteUrls;

namespace StaticReader.Core.Linking;

/// <summary>
/// Resolves every internal markdown link and image of the site at build time, so that a broken one is an error at the
/// markdown's file, line and column (with the nearest existing URL or anchor) instead of a dead link on the live site.
/// </summary>
public static class UrlResolver
{
    /// <summary>Checks the link and image references of every page against the site's pages, anchors and files.</summary>
    public static void Run(IReadOnlyList<ConvertedPage> pages, SiteTargets targets, DiagnosticBag diagnostics)
    {
        var basePath = targets.BasePath;
        var byPath = new Dictionary<string, ConvertedPage>(pages.Count, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            byPath[page.Page.Url[Math.Min(basePath.Length, page.Page.Url.Length)..]] = page;
        }

        foreach (var page in pages)
        {
            foreach (var reference in page.UrlReferences)
            {
                Check(reference, byPath, targets, basePath, diagnostics);
            }
        }
    }

    private static void Check(UrlReference reference, Dictionary<string, ConvertedPage> byPath, SiteTargets targets, string basePath, DiagnosticBag diagnostics)
    {
        var path = reference.SitePath;
        if (path.EndsWith("index.html", StringComparison.Ordinal) && (path.Length == 10 || path[^11] == '/'))
        {
            path = path[..^10];
        }

        var page = byPath.GetValueOrDefault(path) ?? byPath.GetValueOrDefault(path + "/");
        if (page is null && !targets.Files.Contains(path) && !targets.Files.Contains(path + "/"))
        {
            var known = byPath.Keys.Concat(targets.Files).Where(f => f.Length > 0);
            var near = Suggestions.Nearest(path, known);
            var what = reference.IsImage ? "the image" : "the link";
            diagnostics.Error(reference.Path, reference.Line, reference.Column,
                $"{what} '{reference.Written}' points to {(reference.IsImage ? "a file" : "a page or file")} that does not exist",
                near is not null
                    ? $"did you mean {basePath}{near}?"
                    : reference.IsImage || path.StartsWith("assets/", StringComparison.Ordinal)
                        ? "put the file in input/assets/ and link it as /assets/<file name>"
                        : "link to an existing page by its URL (e.g. /glossary/<slug>/) or with [[slug]]");
            return;
        }

        if (page is null || reference.Fragment is not { } fragment || HasAnchor(page, fragment, targets))
        {
            return;
        }

        var anchors = page.Anchors.Where(a => !a.StartsWith("note-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var nearest = Suggestions.Nearest(fragment, page.Anchors);
        diagnostics.Error(reference.Path, reference.Line, reference.Column,
            $"the link '{reference.Written}' points to an anchor '#{fragment}' that '{page.Page.Title}' does not have",
            nearest is not null
                ? $"did you mean #{nearest}?"
                : "link to a heading or passage id of that page" + (anchors.Count > 0 ? ", e.g. " + string.Join(", ", anchors.Take(6).Select(a => "#" + a)) : ""));
    }

    /// <summary>Headings, passages and notes, the ids of a note's reference and highlight, and the layout's own ids.</summary>
    private static bool HasAnchor(ConvertedPage page, string fragment, SiteTargets targets) =>
        page.Anchors.Contains(fragment) || targets.LayoutIds.Contains(fragment) ||
        (fragment.StartsWith("ref-", StringComparison.Ordinal) && page.Anchors.Contains("note-" + fragment[4..])) ||
        (fragment.StartsWith("anchor-", StringComparison.Ordinal) && page.Anchors.Contains("note-" + fragment[7..]));
}
