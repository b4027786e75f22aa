namespace StaticReader.Core.Markdown.Extensions.SafeUrls;

/// <summary>
/// Which link targets content may use: web and mail links, site-relative and fragment links. Anything with
/// another scheme (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>…) is refused, so content can never
/// run script through a link.
/// </summary>
public static class UrlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>The offending scheme of <paramref name="url"/>, or null when the URL is safe.</summary>
    public static string? UnsafeScheme(string url)
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
