using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticReader.Core.Loading;

/// <summary>Checks on the values of a source's fields, shared by the front matter and the CSL-JSON readers.</summary>
internal static partial class SourceFields
{
    /// <summary>The front-matter fields of a source beyond the common ones (title, date, summary…).</summary>
    public static IReadOnlyList<string> Names { get; } = ["authors", "outlet", "publisher", "type", "url", "doi", "accessed"];

    /// <summary>The hint for a bad source date.</summary>
    public const string DateHint = "write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the source itself gives it (and no more)";

    /// <summary>The hint for a bad url.</summary>
    public const string UrlHint = "write the full address starting with https:// (or http://), or leave the url out";

    /// <summary>The hint for a bad DOI.</summary>
    public const string DoiHint = "write the DOI as 10.<prefix>/<suffix>, e.g. doi: 10.48550/arXiv.2506.12708 (a https://doi.org/ prefix is removed)";

    /// <summary>True for a real year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD).</summary>
    public static bool IsDate(string text) =>
        DatePattern().IsMatch(text) &&
        DateOnly.TryParseExact(text.Length switch { 4 => text + "-01-01", 7 => text + "-01", _ => text }, "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The DOI with any resolver prefix removed, or null when it is not one.</summary>
    public static string? NormalizeDoi(string text)
    {
        var doi = text.Trim();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi[prefix.Length..];
            }
        }

        return DoiPattern().IsMatch(doi) ? doi : null;
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex DoiPattern();
}
