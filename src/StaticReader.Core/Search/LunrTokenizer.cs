namespace StaticReader.Core.Search;

/// <summary>
/// lunr's <c>lunr.tokenizer</c>: lower-case the text as JavaScript does, then split it on
/// <c>/[\s\-]+/</c>, one UTF-16 code unit at a time.
/// </summary>
internal static class LunrTokenizer
{
    /// <summary>
    /// Whether a UTF-16 code unit matches JavaScript's <c>[\s\-]</c>: WhiteSpace and
    /// LineTerminator (including U+FEFF) or the hyphen-minus.
    /// </summary>
    public static bool IsSeparator(char c)
    {
        if (c < 0x80)
        {
            return c is ' ' or '-' or (>= '\t' and <= '\r');
        }

        return c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';
    }

    /// <summary>
    /// Finds the first token of an already lower-cased text at or after <paramref name="from"/>:
    /// returns its start and sets <paramref name="length"/> (0 when no token is left).
    /// </summary>
    public static int NextToken(ReadOnlySpan<char> lowerCased, int from, out int length)
    {
        int start = from;
        while (start < lowerCased.Length && IsSeparator(lowerCased[start]))
        {
            start++;
        }

        int end = start;
        while (end < lowerCased.Length && !IsSeparator(lowerCased[end]))
        {
            end++;
        }

        length = end - start;
        return start;
    }
}
