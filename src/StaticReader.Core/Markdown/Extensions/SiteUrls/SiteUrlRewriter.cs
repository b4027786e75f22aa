using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.SiteUrls;

/// <summary>
/// Makes a page's internal links and images follow the site's base path and records them to be resolved at build time.
/// A site-rooted URL (<c>/assets/x.png</c>) is written from the site's root, as the README teaches, so with
/// <c>baseUrl: https://example.org/reader</c> it becomes <c>/reader/assets/x.png</c>; a URL that already starts with
/// the base path is left alone, so the base path is never doubled.
/// </summary>
public static class SiteUrlRewriter
{
    /// <summary>Rewrites the site-rooted URLs of a page's <paramref name="links"/> in place and returns every internal reference.</summary>
    public static List<UrlReference> Run(IEnumerable<LinkInline> links, PageEntry page, string basePath, DiagnosticBag diagnostics)
    {
        var references = new List<UrlReference>();
        foreach (var link in links)
        {
            if (link.Url is not { } url || IsExternal(url))
            {
                continue;
            }

            var line = page.Document.BodyLine + link.Line;
            var column = link.Column + 1;
            var hash = url.IndexOf('#');
            var path = hash >= 0 ? url[..hash] : url;
            var fragment = hash >= 0 ? Unescape(url[(hash + 1)..]) : null;
            var query = path.IndexOf('?');
            var pathOnly = query >= 0 ? path[..query] : path;

            string absolute;
            if (pathOnly.Length == 0)
            {
                absolute = page.Url; // "#anchor" or "?q": this page
            }
            else if (pathOnly.StartsWith('/'))
            {
                if (basePath != "/" && !IsUnder(pathOnly, basePath))
                {
                    link.Url = basePath + url[1..];
                    absolute = basePath + pathOnly[1..];
                }
                else
                {
                    absolute = pathOnly;
                }
            }
            else if (Uri.TryCreate(new Uri("http://site" + page.Url), pathOnly, out var resolved))
            {
                absolute = resolved.AbsolutePath;
            }
            else
            {
                continue; // not a URL a browser could follow either; nothing to resolve
            }

            if (!IsUnder(absolute, basePath))
            {
                diagnostics.Error(page.Document.DisplayPath, line, column, $"the link '{url}' leaves the site (its base path is '{basePath}')",
                    "link to a page of the site from its root, e.g. /glossary/<slug>/, or to a full https:// address");
                continue;
            }

            var sitePath = absolute.Length >= basePath.Length ? Unescape(absolute[basePath.Length..]) : "";
            references.Add(new UrlReference(url, sitePath, fragment is { Length: > 0 } ? fragment : null, link.IsImage, page.Document.DisplayPath, line, column));
        }

        return references;
    }

    /// <summary>
    /// True when <paramref name="path"/> is the base path, with or without its closing slash, or below it: what
    /// <c>(path + "/").StartsWith(basePath)</c> says, without a string for every link of every page.
    /// </summary>
    private static bool IsUnder(string path, string basePath) =>
        path.StartsWith(basePath, StringComparison.Ordinal) ||
        (basePath.Length == path.Length + 1 && basePath[^1] == '/' && basePath.StartsWith(path, StringComparison.Ordinal));

    /// <summary>True for a URL with a scheme (https:, mailto:) or a protocol-relative one (//host): not the site's to check.</summary>
    private static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
