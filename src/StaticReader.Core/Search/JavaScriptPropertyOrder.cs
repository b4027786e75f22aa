namespace StaticReader.Core.Search;

/// <summary>
/// The order in which JavaScript enumerates an object's own string keys: array indices
/// (canonical integers 0 … 2³² − 2) ascending first, then the other keys in insertion order.
/// lunr's postings are objects keyed by document reference, so this decides their order.
/// </summary>
internal static class JavaScriptPropertyOrder
{
    /// <summary>Whether <paramref name="key"/> is an array index; if so, its value.</summary>
    public static bool IsArrayIndex(string key, out uint value)
    {
        value = 0;
        if (key.Length == 0 || key.Length > 10 || (key[0] == '0' && key.Length > 1))
        {
            return false;
        }

        ulong n = 0;
        foreach (char c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            n = (n * 10) + (uint)(c - '0');
        }

        if (n > 4294967294UL)
        {
            return false;
        }

        value = (uint)n;
        return true;
    }
}
