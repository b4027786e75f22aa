namespace StaticReader.Core.Search;

/// <summary>
/// lunr's <c>lunr.trimmer</c>: removes code units that are not <c>[A-Za-z0-9_]</c>
/// (JavaScript's non-Unicode <c>\W</c>) from both ends of a token. A token made only of
/// such characters becomes the empty string, which lunr keeps and indexes.
/// </summary>
internal static class LunrTrimmer
{
    /// <summary>Trims <paramref name="token"/> as <c>s.replace(/^\W+/, '').replace(/\W+$/, '')</c> does.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        int start = 0;
        while (start < token.Length && !IsWordChar(token[start]))
        {
            start++;
        }

        int end = token.Length;
        while (end > start && !IsWordChar(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    /// <summary>JavaScript's <c>\w</c> without the <c>u</c> flag.</summary>
    public static bool IsWordChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
}
