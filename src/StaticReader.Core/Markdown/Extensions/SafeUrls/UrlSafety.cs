using System.Buffers;

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
        // A scheme is what comes before a colon that no '/', '?' or '#' precedes. Browsers ignore control characters and
        // white space inside it ("java\tscript:"), so they are dropped from it; dropping them moves none of those four,
        // so only the characters before the first of them are looked at (most links are site paths: none is copied).
        var end = url.AsSpan().IndexOfAny(SchemeEnds);
        if (end < 0 || url[end] != ':')
        {
            return null;
        }

        Span<char> kept = end <= 64 ? stackalloc char[end] : new char[end];
        var length = 0;
        foreach (var c in url.AsSpan(0, end))
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                kept[length++] = c;
            }
        }

        Span<char> scheme = end <= 64 ? stackalloc char[length] : new char[length];
        kept[..length].ToLowerInvariant(scheme);
        foreach (var allowed in AllowedSchemes)
        {
            if (scheme.SequenceEqual(allowed))
            {
                return null;
            }
        }

        return length == 0 ? null : new string(scheme); // a string only for a scheme to report
    }
}
