using System.Globalization;

namespace StaticReader.Core.Search;

/// <summary>
/// Formats a double as JavaScript's <c>Number.prototype.toString</c> (and so
/// <c>JSON.stringify</c>) does: the shortest digits that round-trip, in fixed notation for
/// 1e-7 &lt; |x| &lt; 1e21 and exponent notation (<c>1e+21</c>, <c>1e-7</c>) otherwise.
/// </summary>
internal static class JavaScriptNumberFormatter
{
    /// <summary>The longest text <see cref="Format"/> writes.</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// Writes <paramref name="value"/> to <paramref name="destination"/> (at least
    /// <see cref="MaxLength"/> chars) and returns the number of chars written. NaN and
    /// infinities are written as <c>null</c>, as <c>JSON.stringify</c> writes them.
    /// </summary>
    public static int Format(double value, Span<char> destination)
    {
        if (!double.IsFinite(value))
        {
            "null".CopyTo(destination);
            return 4;
        }

        if (value == 0)
        {
            destination[0] = '0'; // JSON.stringify(-0) is "0" too
            return 1;
        }

        // .NET's round-trip format has the same shortest digits; only the layout differs.
        Span<char> shortest = stackalloc char[MaxLength];
        value.TryFormat(shortest, out int length, "R", CultureInfo.InvariantCulture);
        ReadOnlySpan<char> text = shortest[..length];

        if (text.IndexOf('E') < 0 && Math.Abs(value) >= 1e-6)
        {
            text.CopyTo(destination); // fixed notation, as JavaScript writes it in this range
            return text.Length;
        }

        return Relayout(text, destination);
    }

    // Splits .NET's text into sign, digits and decimal exponent, then lays them out as ECMAScript's Number::toString.
    private static int Relayout(ReadOnlySpan<char> text, Span<char> destination)
    {
        int written = 0;
        if (text[0] == '-')
        {
            destination[written++] = '-';
            text = text[1..];
        }

        int exponentAt = text.IndexOf('E');
        int exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        ReadOnlySpan<char> mantissa = exponentAt < 0 ? text : text[..exponentAt];

        Span<char> digits = stackalloc char[MaxLength];
        int k = 0;
        int pointAt = mantissa.IndexOf('.');
        int integerDigits = pointAt < 0 ? mantissa.Length : pointAt;
        foreach (char c in mantissa)
        {
            if (c != '.')
            {
                digits[k++] = c;
            }
        }

        // Strip leading zeros (as in "0.000001"), moving the decimal point with them.
        int first = 0;
        while (first < k - 1 && digits[first] == '0')
        {
            first++;
        }

        int n = integerDigits + exponent - first; // value = 0.d1d2...dk × 10^n
        ReadOnlySpan<char> d = digits[first..k].TrimEnd('0');
        k = d.Length;

        if (k <= n && n <= 21)
        {
            d.CopyTo(destination[written..]);
            written += k;
            destination.Slice(written, n - k).Fill('0');
            return written + (n - k);
        }

        if (0 < n && n <= 21)
        {
            d[..n].CopyTo(destination[written..]);
            written += n;
            destination[written++] = '.';
            d[n..].CopyTo(destination[written..]);
            return written + (k - n);
        }

        if (-6 < n && n <= 0)
        {
            destination[written++] = '0';
            destination[written++] = '.';
            destination.Slice(written, -n).Fill('0');
            written += -n;
            d.CopyTo(destination[written..]);
            return written + k;
        }

        destination[written++] = d[0];
        if (k > 1)
        {
            destination[written++] = '.';
            d[1..].CopyTo(destination[written..]);
            written += k - 1;
        }

        destination[written++] = 'e';
        destination[written++] = n - 1 >= 0 ? '+' : '-';
        (Math.Abs(n - 1)).TryFormat(destination[written..], out int expLength, default, CultureInfo.InvariantCulture);
        return written + expLength;
    }
}
