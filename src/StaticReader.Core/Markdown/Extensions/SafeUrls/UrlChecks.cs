using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.SafeUrls;

/// <summary>Refuses links and images whose URL could run script (see <see cref="UrlSafety"/>).</summary>
public static class UrlChecks
{
    /// <summary>Reports every unsafe URL among a page's <paramref name="links"/> and removes it.</summary>
    public static void Run(IEnumerable<Inline> links, PageEntry page, DiagnosticBag diagnostics)
    {
        foreach (var link in links)
        {
            var url = link switch
            {
                LinkInline l => l.Url,
                AutolinkInline a => a.Url,
                _ => null,
            };
            if (url is null || UrlSafety.UnsafeScheme(url) is not { } scheme)
            {
                continue;
            }

            diagnostics.Error(page.Document.DisplayPath, page.Document.BodyLine + link.Line, link.Column + 1,
                $"the link uses the unsafe scheme '{scheme}:'",
                "links may be http:, https:, mailto:, site-relative (/glossary/<slug>/) or #anchors");
            _ = link switch
            {
                LinkInline l => l.Url = "#",
                AutolinkInline a => a.Url = "#",
                _ => null,
            };
        }
    }
}
