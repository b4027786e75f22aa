namespace StaticReader.Core.Search;

/// <summary>
/// The measure tests of lunr's Porter stemmer, as its regular expressions define them,
/// evaluated without regular expressions. With <c>C = [^aeiou][^aeiouy]*</c> and
/// <c>V = [aeiouy][aeiou]*</c> (so a lower-case y is both a consonant and a vowel, and an
/// upper-case Y, which the stemmer writes for a leading y, is only a consonant):
/// <c>mgr0 = ^(C)?VC</c>, <c>mgr1 = ^(C)?VCVC</c>, <c>meq1 = ^(C)?VC(V)?$</c>.
/// Each is simulated as a set of reachable positions, so it answers exactly what
/// <c>RegExp.test</c> answers for any string, ASCII or not.
/// </summary>
internal static class PorterMeasure
{
    private const int StackLimit = 128;

    /// <summary><c>/^([^aeiou][^aeiouy]*)?[aeiouy][aeiou]*[^aeiou][^aeiouy]*/.test(s)</c>: m &gt; 0.</summary>
    public static bool GreaterThanZero(ReadOnlySpan<char> s) => Match(s, units: 2, fullMatchOptionalVowel: false);

    /// <summary><c>/^(C)?VCVC/.test(s)</c>: m &gt; 1.</summary>
    public static bool GreaterThanOne(ReadOnlySpan<char> s) => Match(s, units: 4, fullMatchOptionalVowel: false);

    /// <summary><c>/^(C)?VC(V)?$/.test(s)</c>: m = 1.</summary>
    public static bool EqualsOne(ReadOnlySpan<char> s) => Match(s, units: 2, fullMatchOptionalVowel: true);

    /// <summary><c>[aeiou]</c>.</summary>
    public static bool IsAeiou(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary><c>[aeiouy]</c>.</summary>
    public static bool IsAeiouy(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // Runs ^(C)? then `units` alternating V, C units. Prefix tests succeed when any position is
    // reachable after the last unit; the full match (meq1) needs the end, optionally after one more V.
    private static bool Match(ReadOnlySpan<char> s, int units, bool fullMatchOptionalVowel)
    {
        int size = s.Length + 1;
        Span<bool> buffer = size * 2 <= StackLimit ? stackalloc bool[StackLimit] : new bool[size * 2];
        Span<bool> current = buffer[..size];
        Span<bool> next = buffer.Slice(size, size);

        current.Clear();
        current[0] = true;
        Step(s, current, next, vowel: false);
        next[0] = true; // (C)? may match nothing
        Swap(ref current, ref next);

        bool vowel = true;
        for (int u = 0; u < units; u++)
        {
            if (!Step(s, current, next, vowel))
            {
                return false;
            }

            Swap(ref current, ref next);
            vowel = !vowel;
        }

        if (!fullMatchOptionalVowel)
        {
            return true;
        }

        if (current[s.Length])
        {
            return true;
        }

        Step(s, current, next, vowel: true);
        return next[s.Length];
    }

    // One unit from every reachable position: C = [^aeiou][^aeiouy]*, V = [aeiouy][aeiou]*.
    // Returns whether any position is reachable afterwards.
    private static bool Step(ReadOnlySpan<char> s, ReadOnlySpan<bool> from, Span<bool> to, bool vowel)
    {
        to.Clear();
        bool any = false;
        for (int i = 0; i < s.Length; i++)
        {
            if (!from[i] || (vowel ? !IsAeiouy(s[i]) : IsAeiou(s[i])))
            {
                continue;
            }

            int j = i + 1;
            to[j] = true;
            any = true;
            while (j < s.Length && (vowel ? IsAeiou(s[j]) : !IsAeiouy(s[j])))
            {
                j++;
                if (to[j])
                {
                    break; // an earlier start already ran through the rest of this stretch
                }

                to[j] = true;
            }
        }

        return any;
    }

    private static void Swap(ref Span<bool> a, ref Span<bool> b)
    {
        Span<bool> t = a;
        a = b;
        b = t;
    }
}
