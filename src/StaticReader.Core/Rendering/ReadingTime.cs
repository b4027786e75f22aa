namespace StaticReader.Core.Rendering;

/// <summary>
/// Minutes a page takes to read: its words at 230 a minute (a common figure for prose read on screen), rounded up, at
/// least one. Words are counted in the body HTML outside tags, notes included (a reader of an annotated text reads
/// them too); a run of Han, Hiragana or Katakana counts one word per two characters, since those scripts have no spaces.
/// </summary>
public static class ReadingTime
{
    /// <summary>Words read per minute.</summary>
    public const int WordsPerMinute = 230;

    private static readonly System.Buffers.SearchValues<byte> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    /// <summary>The reading time, in minutes, of body HTML encoded as UTF-8.</summary>
    public static int Minutes(ReadOnlySpan<byte> utf8Html) => Math.Max(1, (Words(utf8Html) + WordsPerMinute - 1) / WordsPerMinute);

    /// <summary>The number of words in body HTML encoded as UTF-8, tags and character references not counted.</summary>
    public static int Words(ReadOnlySpan<byte> utf8Html)
    {
        var words = 0;
        var cjk = 0;
        var inTag = false;
        var inWord = false;
        for (var i = 0; i < utf8Html.Length; i++)
        {
            var b = utf8Html[i];
            if (inTag)
            {
                // Tags are much of a page's bytes: jump to the end of this one with a vectorized search.
                var close = utf8Html[i..].IndexOf((byte)'>');
                if (close < 0)
                {
                    break;
                }

                i += close;
                inTag = false;
                continue;
            }

            if (b == (byte)'<')
            {
                inTag = true;
                inWord = false;
                continue;
            }

            // CJK ideographs and kana are three-byte sequences led by 0xE3 (kana, U+3040–U+30FF) or 0xE4–0xE9 (U+4E00–U+9FFF).
            if (b is >= 0xE3 and <= 0xE9 && i + 2 < utf8Html.Length && IsCjk(utf8Html[i], utf8Html[i + 1]))
            {
                cjk++;
                inWord = false;
                i += 2;
                continue;
            }

            // Dashes, quotes and spaces of General Punctuation (U+2000–U+206F) and the no-break space separate words.
            // (A right single quote inside a word is its apostrophe: "Huawei’s" stays one word.)
            var apostrophe = inWord && b == 0xE2 && i + 2 < utf8Html.Length && utf8Html[i + 1] == 0x80 && utf8Html[i + 2] == 0x99;
            if (!apostrophe && ((b == 0xE2 && i + 2 < utf8Html.Length && utf8Html[i + 1] == 0x80) || (b == 0xC2 && i + 1 < utf8Html.Length && utf8Html[i + 1] == 0xA0)))
            {
                inWord = false;
                i += b == 0xE2 ? 2 : 1;
                continue;
            }

            // A character reference (&amp;, &#8212;) is one character of the text, not letters of its own.
            if (b == (byte)'&' && utf8Html[i..Math.Min(utf8Html.Length, i + 10)].IndexOf((byte)';') is > 0 and var end)
            {
                i += end;
                continue;
            }

            var letter = b >= 0x80 || char.IsAsciiLetterOrDigit((char)b) || (inWord && b is (byte)'\'' or (byte)'-');
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
            if (letter)
            {
                // The rest of a word's ASCII letters and digits change nothing: step over them with a vectorized search.
                var run = utf8Html[(i + 1)..].IndexOfAnyExcept(AsciiLettersAndDigits);
                i = run < 0 ? utf8Html.Length - 1 : i + run;
            }
        }

        return words + (cjk + 1) / 2;
    }

    private static bool IsCjk(byte lead, byte second) =>
        lead == 0xE3 ? second is >= 0x81 and <= 0x83 : lead is >= 0xE4 and <= 0xE9 && (lead != 0xE4 || second >= 0xB8);
}
