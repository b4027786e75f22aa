namespace StaticReader.Tests.Search;

/// <summary>UTF-16 checks for test corpora (.NET cannot read a lone surrogate back from JSON).</summary>
internal static class Utf16
{
    /// <summary>Whether <paramref name="s"/> holds a surrogate that is not half of a pair.</summary>
    public static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
