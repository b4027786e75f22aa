namespace StaticReader.Core.Search;

/// <summary>
/// lunr's <c>lunr.stemmer</c>: the Porter stemmer as lunr 2.3.9 implements it with regular
/// expressions, quirks included (a leading y is upper-cased while stemming, a lower-case y
/// counts as both vowel and consonant, each step takes its regular expression's lazy match
/// and then tests only that match). Works on UTF-16 code units, as JavaScript does.
/// </summary>
internal static class LunrStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step4 =
    [
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""),
        ("ive", ""), ("ize", ""),
    ];

    private const int LongestSuffix = 7;

    /// <summary>Stems <paramref name="word"/> exactly as lunr 2.3.9's <c>porterStemmer</c> does.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        string w = word;
        bool leadingY = w[0] == 'y';
        if (leadingY)
        {
            w = "Y" + w[1..];
        }

        w = Step1a(w);
        w = Step1b(w);
        w = Step1c(w);
        w = ReplaceSuffix(w, Step2);
        w = ReplaceSuffix(w, Step3);
        w = Step4Apply(w);
        w = Step5(w);

        if (leadingY)
        {
            w = "y" + w[1..];
        }

        return w;
    }

    // /^(.+?)(ss|i)es$/ -> $1$2, else /^(.+?)([^s])s$/ -> $1$2.
    private static string Step1a(string w)
    {
        if ((w.Length >= 5 && w.EndsWith("sses", StringComparison.Ordinal))
            || (w.Length >= 4 && w.EndsWith("ies", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        if (w.Length >= 3 && w[^1] == 's' && w[^2] != 's')
        {
            return w[..^1];
        }

        return w;
    }

    // /^(.+?)eed$/ (drop the d when mgr0), else /^(.+?)(ed|ing)$/ with a vowel in the stem,
    // then at|bl|iz -> +e, a double consonant other than l, s, z -> drop one, CVC -> +e.
    private static string Step1b(string w)
    {
        if (w.Length >= 4 && w.EndsWith("eed", StringComparison.Ordinal))
        {
            return PorterMeasure.GreaterThanZero(w.AsSpan(0, w.Length - 3)) ? w[..^1] : w;
        }

        int suffix = w.Length >= 3 && w.EndsWith("ed", StringComparison.Ordinal) ? 2
            : w.Length >= 4 && w.EndsWith("ing", StringComparison.Ordinal) ? 3
            : 0;
        if (suffix == 0 || !HasVowel(w.AsSpan(0, w.Length - suffix)))
        {
            return w;
        }

        w = w[..^suffix];
        if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal)
            || w.EndsWith("iz", StringComparison.Ordinal))
        {
            return w + "e";
        }

        if (w.Length >= 2 && w[^1] == w[^2] && !IsAeiouylsz(w[^1]))
        {
            return w[..^1];
        }

        return IsShortSyllable(w) ? w + "e" : w;
    }

    // /^(.+?[^aeiou])y$/ -> $1 + "i".
    private static string Step1c(string w) =>
        w.Length >= 3 && w[^1] == 'y' && !PorterMeasure.IsAeiou(w[^2]) ? w[..^1] + "i" : w;

    // /^(.+?)(al|ance|...|ize)$/ -> $1 when mgr1, else /^(.+?)(s|t)(ion)$/ -> $1$2 when mgr1.
    private static string Step4Apply(string w)
    {
        int stemLength = LazyStemLength(w, Step4, out _);
        if (stemLength > 0)
        {
            return PorterMeasure.GreaterThanOne(w.AsSpan(0, stemLength)) ? w[..stemLength] : w;
        }

        if (w.Length >= 5 && w.EndsWith("ion", StringComparison.Ordinal) && w[^4] is 's' or 't')
        {
            return PorterMeasure.GreaterThanOne(w.AsSpan(0, w.Length - 3)) ? w[..^3] : w;
        }

        return w;
    }

    // /^(.+?)e$/ -> $1 when mgr1, or meq1 and not CVC; then /ll$/ with mgr1 drops an l.
    private static string Step5(string w)
    {
        if (w.Length >= 2 && w[^1] == 'e')
        {
            ReadOnlySpan<char> stem = w.AsSpan(0, w.Length - 1);
            if (PorterMeasure.GreaterThanOne(stem) || (PorterMeasure.EqualsOne(stem) && !IsShortSyllable(stem)))
            {
                w = w[..^1];
            }
        }

        if (w.EndsWith("ll", StringComparison.Ordinal) && PorterMeasure.GreaterThanOne(w))
        {
            w = w[..^1];
        }

        return w;
    }

    // Steps 2 and 3: /^(.+?)(suffix|...)$/, then stem + replacement when mgr0 holds for the stem.
    private static string ReplaceSuffix(string w, (string Suffix, string Replacement)[] rules)
    {
        int stemLength = LazyStemLength(w, rules, out string replacement);
        if (stemLength > 0 && PorterMeasure.GreaterThanZero(w.AsSpan(0, stemLength)))
        {
            return string.Concat(w.AsSpan(0, stemLength), replacement);
        }

        return w;
    }

    // The length of $1 in /^(.+?)(a|b|...)$/: the shortest non-empty stem whose remainder is one of
    // the suffixes; 0 when there is none.
    private static int LazyStemLength(string w, (string Suffix, string Replacement)[] rules, out string replacement)
    {
        for (int stem = Math.Max(1, w.Length - LongestSuffix); stem < w.Length; stem++)
        {
            ReadOnlySpan<char> rest = w.AsSpan(stem);
            foreach (var (suffix, rep) in rules)
            {
                if (rest.SequenceEqual(suffix))
                {
                    replacement = rep;
                    return stem;
                }
            }
        }

        replacement = "";
        return 0;
    }

    // /^([^aeiou][^aeiouy]*)?[aeiouy]/: with y a vowel, any vowel at all.
    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (PorterMeasure.IsAeiouy(c))
            {
                return true;
            }
        }

        return false;
    }

    // /^[^aeiou][^aeiouy]*[aeiouy][^aeiouwxy]$/.
    private static bool IsShortSyllable(ReadOnlySpan<char> s)
    {
        if (s.Length < 3 || PorterMeasure.IsAeiou(s[0]) || !PorterMeasure.IsAeiouy(s[^2]))
        {
            return false;
        }

        char last = s[^1];
        if (PorterMeasure.IsAeiouy(last) || last is 'w' or 'x')
        {
            return false;
        }

        for (int i = 1; i < s.Length - 2; i++)
        {
            if (PorterMeasure.IsAeiouy(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAeiouylsz(char c) => PorterMeasure.IsAeiouy(c) || c is 'l' or 's' or 'z';
}
