using System.Buffers;
using System.Text;

namespace StaticReader.Core.Markdown.Extensions.SafeUrls;

/// <summary>
/// Which link targets content may use: web and mail links, site-relative and fragment links. Anything with
/// another scheme (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>…) is refused, so content can never
/// run script through a link.
/// </summary>
public static class UrlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private static readonly SearchValues<char> SchemeEnds = SearchValues.Create(":/?#");

    /// <summary>The offending scheme of <paramref name="url"/>, or null when the URL is safe.</summary>
    public static string? UnsafeScheme(string url)
    {
        // Every link of every page comes through here, nearly all of them site paths or web addresses: those are told
        // apart without a copy of the URL. Removing white space moves no ':', '/', '?' or '#', so the first of them in
        // the URL is the first in its compact form too.
        var end = url.AsSpan().IndexOfAny(SchemeEnds);
        if (end < 0 || url[end] != ':')
        {
            return null; // no colon, or a path, query or fragment before it: no scheme
        }

        var scheme = url.AsSpan(0, end);
        foreach (var allowed in AllowedSchemes)
        {
            if (Ascii.EqualsIgnoreCase(scheme, allowed))
            {
                return null; // ASCII letters alone, so the compact form is the same
            }
        }

        return SchemeOfCompact(url);
    }

    private static string? SchemeOfCompact(string url)
    {
        // Browsers ignore control characters and white space inside a scheme ("java\tscript:"), so do the same.
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon)
        {
            return null; // a colon in a path or fragment, not a scheme
        }

        var scheme = compact[..colon].ToLowerInvariant();
        return AllowedSchemes.Contains(scheme) ? null : scheme;
    }
}
