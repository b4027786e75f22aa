using System.Globalization;
using System.Text;

namespace StaticReader.Core.Content;

/// <summary>
/// Slug rules. A slug is one path segment of lower-case letters (any script, kept as written),
/// digits and single hyphens; it can never climb out of <c>output/</c>.
/// </summary>
public static class Slugs
{
    /// <summary>Names a page may not take because the site uses them, or because some systems refuse them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "assets", "static", "search", "glossary", "texts", "explainers", "sources", "404", "feed", "sitemap", "robots",
        "index", "con", "prn", "aux", "nul", "com1", "lpt1",
    };

    // One builder per thread: slugs are made for every passage of every page, and a builder each was a fifth of the
    // convert stage's allocations.
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    /// <summary>Derives a slug from a title or file name: lower case, spaces and punctuation become single hyphens.</summary>
    public static string FromText(string text) => FromText(text.AsSpan(), int.MaxValue);

    /// <summary>The slug of <paramref name="text"/>, cut after its first <paramref name="maxWords"/> words (the slug of a passage id).</summary>
    public static string FromText(ReadOnlySpan<char> text, int maxWords)
    {
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            return FromNormalized(text.ToString().Normalize(NormalizationForm.FormC), maxWords);
        }

        return FromNormalized(text, maxWords);
    }

    private static string FromNormalized(ReadOnlySpan<char> normalized, int maxWords)
    {
        var builder = cachedBuilder ?? new StringBuilder(64);
        cachedBuilder = null;
        builder.Clear();
        var pendingHyphen = false;
        var words = 0;
        Span<char> lower = stackalloc char[2];
        foreach (var rune in normalized.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var isWordChar = Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (isWordChar)
            {
                if (builder.Length == 0 || pendingHyphen)
                {
                    if (words == maxWords)
                    {
                        break; // the words wanted are there
                    }

                    words++;
                }

                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(lower[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lower)]); // no string per character
            }
            else if (rune.Value is not ('\'' or '\u2019'))
            {
                pendingHyphen = true; // apostrophes vanish ("Huawei's" → "huaweis"); everything else separates words
            }
        }

        var slug = builder.ToString();
        if (builder.Capacity <= 1024)
        {
            cachedBuilder = builder; // a long title's builder is not kept
        }

        return slug;
    }

    /// <summary>Explains what is wrong with a slug a writer chose, or returns null when it is valid.</summary>
    public static string? Problem(string slug)
    {
        if (slug.Length == 0)
        {
            return "the slug is empty";
        }

        if (slug.Contains('/') || slug.Contains('\\') || slug.Contains("..") || slug.Contains(':'))
        {
            return $"the slug '{slug}' contains a path character ('/', '\\\\', ':' or '..')";
        }

        if (FromText(slug) != slug)
        {
            return $"the slug '{slug}' must be lower-case letters, digits and single hyphens (try '{FromText(slug)}')";
        }

        return null;
    }
}
