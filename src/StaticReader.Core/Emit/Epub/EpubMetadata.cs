using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// The package metadata that must not change between builds: the identifier (a name-based UUID of the text's web
/// address, so it moves only when the text's URL does) and the modification date (the latest date written in the
/// content it holds, never the clock).
/// </summary>
public static class EpubMetadata
{
    /// <summary>The date used when no page of the book carries one: the zip format's first representable day.</summary>
    public static readonly DateTimeOffset NoDate = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary><c>urn:uuid:</c> plus an RFC 9562 version 5 UUID of <paramref name="url"/> in the URL namespace.</summary>
    public static string Identifier(string url)
    {
        byte[] urlNamespace = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];
        var hash = SHA1.HashData([.. urlNamespace, .. Encoding.UTF8.GetBytes(url)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    /// <summary>The latest of the pages' dates, updates and corrections (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>), at midnight UTC.</summary>
    public static DateTimeOffset Modified(IEnumerable<PageEntry> pages)
    {
        var dates = pages.SelectMany(p =>
        {
            var front = p.Document.FrontMatter;
            return new[] { front.Date, front.Updated, front.Source?.Date }.Concat((front.Corrections ?? []).Select(c => c.Date));
        });
        var latest = NoDate;
        foreach (var date in dates)
        {
            if (Parse(date) is { } parsed && parsed > latest)
            {
                latest = parsed;
            }
        }

        return latest;
    }

    /// <summary>A content date as written, if it is a valid <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static DateTimeOffset? Parse(string? date)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return date is not null && DateTime.TryParseExact(date.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? new DateTimeOffset(parsed, TimeSpan.Zero)
            : null;
    }

    /// <summary>The modification date as <c>dcterms:modified</c> wants it: <c>CCYY-MM-DDThh:mm:ssZ</c>.</summary>
    public static string W3c(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
