namespace StaticReader.Core.Search;

/// <summary>
/// StaticReader's one addition to lunr's analysis, for Chinese and Japanese, which have no spaces between words:
/// inside a token (lunr splits on whitespace and hyphens), each run of Han, Hiragana or Katakana becomes its
/// overlapping character bigrams (算力正在 → 算力, 力正, 正在; a lone character stays itself), and each other
/// run between them goes through lunr's pipeline as a token of its own (dropped when the trimmer leaves nothing).
/// A token with no such character is untouched, so Latin text is indexed exactly as lunr indexes it. The same
/// rule is in <c>theme/assets/js/search-engine.js</c> (<c>cjkTrimmer</c>), which the browser uses to split
/// queries and the lunr.js test harness uses to build its index.
/// </summary>
internal static class CjkBigrams
{
    /// <summary>
    /// Whether a code point is Han, Hiragana or Katakana: the CJK ideograph blocks (with 々 〆 〇), the kana
    /// blocks without their punctuation (゠ and the middle dot ・), and half-width katakana.
    /// </summary>
    public static bool IsCjk(int codePoint) => codePoint switch
    {
        >= 0x3005 and <= 0x3007 => true,
        >= 0x3040 and <= 0x309F => true,
        0x30A0 or 0x30FB => false,
        >= 0x30A1 and <= 0x30FF => true,
        >= 0x31F0 and <= 0x31FF => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFF66 and <= 0xFF9F => true,
        >= 0x20000 and <= 0x323AF => true,
        _ => false,
    };

    /// <summary>Whether <paramref name="text"/> holds a character that <see cref="IsCjk"/> accepts.</summary>
    public static bool Contains(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x3005)
            {
                continue;
            }

            if (IsCjk(CodePointAt(text, i, out int width)))
            {
                return true;
            }

            i += width - 1;
        }

        return false;
    }

    /// <summary>
    /// The index terms of a lower-cased token that <see cref="Contains"/> a CJK character, in order: bigrams of
    /// each CJK run, and what lunr's pipeline (<paramref name="process"/>: trimmer, stop words, stemmer) makes of
    /// each other run (null for a stop word). Bigrams skip the trimmer (which would strip them) but go through
    /// the stemmer, as in lunr.js, where it leaves them as they are.
    /// </summary>
    public static List<string> Split(ReadOnlySpan<char> token, Func<string, string?> process)
    {
        var terms = new List<string>();
        var runStarts = new List<int>(); // start of each code point of the current CJK run
        int other = 0; // start of the current non-CJK run
        int i = 0;
        while (i <= token.Length)
        {
            bool end = i == token.Length;
            int width = 1;
            bool cjk = !end && IsCjk(CodePointAt(token, i, out width));
            if (cjk)
            {
                if (runStarts.Count == 0)
                {
                    AddOther(token[other..i], process, terms);
                }

                runStarts.Add(i);
            }
            else if (runStarts.Count > 0 || end)
            {
                if (runStarts.Count > 0)
                {
                    AddBigrams(token, runStarts, i, terms);
                    runStarts.Clear();
                    other = i;
                }

                if (end)
                {
                    AddOther(token[other..i], process, terms);
                }
            }

            i += width;
        }

        return terms;
    }

    private static void AddBigrams(ReadOnlySpan<char> token, List<int> starts, int runEnd, List<string> terms)
    {
        if (starts.Count == 1)
        {
            terms.Add(LunrStemmer.Stem(token[starts[0]..runEnd].ToString()));
            return;
        }

        for (int k = 0; k + 1 < starts.Count; k++)
        {
            int stop = k + 2 < starts.Count ? starts[k + 2] : runEnd;
            terms.Add(LunrStemmer.Stem(token[starts[k]..stop].ToString()));
        }
    }

    private static void AddOther(ReadOnlySpan<char> run, Func<string, string?> process, List<string> terms)
    {
        if (run.IsEmpty || LunrTrimmer.Trim(run).IsEmpty)
        {
            return;
        }

        if (process(run.ToString()) is { } term)
        {
            terms.Add(term);
        }
    }

    // The code point at i, as JavaScript's codePointAt reads it (a lone surrogate is itself).
    private static int CodePointAt(ReadOnlySpan<char> text, int i, out int width)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(text[i], text[i + 1]);
        }

        width = 1;
        return text[i];
    }
}
