using System.Buffers;
using System.Text;

namespace StaticReader.Core.Search;

/// <summary>
/// JavaScript's <c>String.prototype.toLowerCase</c> (as in Node 20, ICU 78, Unicode 17),
/// which lunr's tokenizer applies to every field: .NET's invariant lower-casing plus the
/// cases where JavaScript differs from it: the full mapping of U+0130 to "i̇", the Final_Sigma
/// rule for U+03A3, and letters added in Unicode 17.
/// </summary>
internal static class JavaScriptLowerCase
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';
    private const char Unicode17HighSurrogate = '\uD81B'; // U+16EA0..U+16EB8 are D81B DEA0..DEB8.

    private static readonly SearchValues<char> Special = SearchValues.Create(
        [CapitalIWithDot, CapitalSigma, '\uA7CE', '\uA7D2', '\uA7D4', Unicode17HighSurrogate]);

    /// <summary>Lower-cases <paramref name="text"/> exactly as JavaScript's <c>toLowerCase</c> does.</summary>
    public static string ToLower(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text.ToLowerInvariant();
        }

        return ToLowerSlow(text);
    }

    private static string ToLowerSlow(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        int i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int consumed) != OperationStatus.Done)
            {
                builder.Append(text[i]); // a lone surrogate stays as it is
                i++;
                continue;
            }

            int cp = rune.Value;
            if (cp == CapitalIWithDot)
            {
                builder.Append("i\u0307");
            }
            else if (cp == CapitalSigma)
            {
                builder.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
            }
            else if (cp is 0xA7CE or 0xA7D2 or 0xA7D4)
            {
                builder.Append((char)(cp + 1));
            }
            else if (cp is >= 0x16EA0 and <= 0x16EB8)
            {
                builder.Append(new Rune(cp + 0x1B).ToString());
            }
            else
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }

            i += consumed;
        }

        return builder.ToString();
    }

    // Final_Sigma: a cased letter comes before (skipping case-ignorables) and none comes after.
    private static bool IsFinalSigma(string text, int sigmaIndex) =>
        HasCasedNeighbour(text, sigmaIndex, forward: false) && !HasCasedNeighbour(text, sigmaIndex + 1, forward: true);

    private static bool HasCasedNeighbour(string text, int index, bool forward)
    {
        int i = index;
        while (true)
        {
            int cp;
            if (forward)
            {
                if (i >= text.Length)
                {
                    return false;
                }

                cp = CodePointAt(text, i, out int length);
                i += length;
            }
            else
            {
                if (i <= 0)
                {
                    return false;
                }

                cp = CodePointBefore(text, i, out int length);
                i -= length;
            }

            if (UnicodeCaseContext.IsCaseIgnorable(cp))
            {
                continue;
            }

            return UnicodeCaseContext.IsCased(cp);
        }
    }

    private static int CodePointAt(string text, int i, out int length)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(text[i], text[i + 1]);
        }

        length = 1;
        return text[i];
    }

    private static int CodePointBefore(string text, int end, out int length)
    {
        if (char.IsLowSurrogate(text[end - 1]) && end >= 2 && char.IsHighSurrogate(text[end - 2]))
        {
            length = 2;
            return char.ConvertToUtf32(text[end - 2], text[end - 1]);
        }

        length = 1;
        return text[end - 1];
    }
}
