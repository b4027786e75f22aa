using System.Globalization;
using System.Text.Json;
using StaticReader.Core.Search;
using Xunit;

namespace StaticReader.Tests.Search;

/// <summary>
/// The pieces of lunr's text processing against lunr.js and JavaScript themselves, run in Node
/// by tests/lunr/functions.js: stemmer, pipeline, toLowerCase, Math.log, number formatting.
/// </summary>
public sealed class LunrTextProcessingTests
{
    [Fact]
    public void StemmerMatchesLunrOnClassicWords() => AssertStems(StemmerWords.Classic.Distinct().ToArray());

    [Fact]
    public void StemmerMatchesLunrOnRandomWords() => AssertStems(StemmerWords.Random(seed: 2309, count: 20000).Distinct().ToArray());

    [Fact]
    public void StemmerMatchesLunrOnCorpusWords()
    {
        string[] words = TestCorpora.Names.SelectMany(TestCorpora.ByName)
            .SelectMany(d => new[] { d.Title, d.Aliases, d.Summary, d.Body })
            .SelectMany(text => text.Split([' ', '\t', '\n', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !Utf16.HasLoneSurrogate(w))
            .Distinct()
            .ToArray();
        AssertStems(words);
    }

    /// <summary>
    /// The theme's highlighter skips, unstemmed, every word whose first character no query term starts with; that is
    /// only right if a word's stem always starts with the word's own first character, lower-cased.
    /// </summary>
    [Fact]
    public void HighlighterStemsKeepTheWordsFirstCharacter()
    {
        string[] words = [.. StemmerWords.Classic
            .Concat(StemmerWords.Random(seed: 4711, count: 20000))
            .Concat(TestCorpora.Names.SelectMany(TestCorpora.ByName)
                .SelectMany(d => new[] { d.Title, d.Aliases, d.Summary, d.Body })
                .SelectMany(text => text.Split([' ', '\t', '\n', '-'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(w => !Utf16.HasLoneSurrogate(w))
            .Distinct()];
        JsonElement results = LunrJs.Functions("highlightStem", words);
        var broken = new List<string>();
        int checkedWords = 0;
        foreach (JsonElement result in results.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Array))
        {
            string core = result[0].GetString()!;
            string stem = result[1].GetString()!;
            checkedWords++;
            if (stem.Length == 0 || stem[0] != char.ToLowerInvariant(core[0]) || !char.IsAscii(core[0]))
            {
                broken.Add($"{core} -> {stem}");
            }
        }
        Assert.True(checkedWords > 20000, $"only {checkedWords} words were checked");
        Assert.True(broken.Count == 0, "stems that do not start with their word's first character: " + string.Join(", ", broken.Take(30)));
    }

    [Fact]
    public void PipelineMatchesLunr()
    {
        string[] texts = [.. TestCorpora.Names.SelectMany(TestCorpora.ByName)
            .SelectMany(d => new[] { d.Title, d.Aliases, d.Summary, d.Body })
            .Where(t => !Utf16.HasLoneSurrogate(t))
            .Distinct()];

        JsonElement expected = LunrJs.Functions("pipeline", texts);

        var analyzer = new TermAnalyzer();
        for (int i = 0; i < texts.Length; i++)
        {
            string[] lunrTerms = [.. expected[i].EnumerateArray().Select(t => t.GetString()!)];
            AnalyzedField field = analyzer.Analyze(texts[i]);
            Assert.Equal(lunrTerms.Length, field.Length);
            Assert.Equal(lunrTerms.Distinct(), field.Terms);
            for (int k = 0; k < field.Terms.Length; k++)
            {
                Assert.Equal(lunrTerms.Count(t => t == field.Terms[k]), field.Counts[k]);
            }
        }
    }

    [Fact]
    public void StopWordsAreLunrsList()
    {
        Assert.Equal(119, LunrStopWords.Count);
        Assert.True(LunrStopWords.Contains("the"));
        Assert.False(LunrStopWords.Contains("The"));
    }

    [Fact]
    public void LowerCaseMatchesJavaScriptForEveryCodePoint()
    {
        JsonElement table = LunrJs.FunctionsRaw("lowerCaseTable");
        var changed = new Dictionary<int, string>();
        foreach (JsonElement entry in table.EnumerateArray())
        {
            changed[entry[0].GetInt32()] = entry[1].GetString()!;
        }

        var mismatches = new List<string>();
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string s = char.ConvertFromUtf32(cp);
            string expected = changed.TryGetValue(cp, out string? lower) ? lower : s;
            string actual = JavaScriptLowerCase.ToLower(s);
            if (expected != actual && mismatches.Count < 20)
            {
                mismatches.Add($"U+{cp:X4}: JavaScript {Hex(expected)}, ours {Hex(actual)}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void FinalSigmaContextsMatchJavaScriptForEveryCodePoint()
    {
        JsonElement runs = LunrJs.FunctionsRaw("caseContextTable");
        var mismatches = new List<string>();
        foreach (JsonElement run in runs.EnumerateArray())
        {
            int first = run[0].GetInt32();
            int last = run[1].GetInt32();
            string expected = run[2].GetString()!;
            for (int cp = first; cp <= last; cp++)
            {
                string actual = UnicodeCaseContext.IsCaseIgnorable(cp) ? "i" : UnicodeCaseContext.IsCased(cp) ? "c" : "n";
                if (actual != expected && mismatches.Count < 20)
                {
                    mismatches.Add($"U+{cp:X4}: JavaScript {expected}, ours {actual}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void LowerCaseMatchesJavaScriptOnText()
    {
        string[] texts =
        [
            "ΟΔΟΣ ΟΔΟΣ. ΣΑΣ Α.Σ ΑΣ’Α Aʰ Σ ΑΣ\u0301 ΑΣ\u0301Α Σ\u0301 ΑΣ\uD834\uDD65 ΑΣ😀", "İSTANBUL İi", "ǅemal ǄEMAL",
            "MiXeD CaSe ÀÉÎÕÜ", "\uA7CE\uA7D2\uA7D4 " + char.ConvertFromUtf32(0x16EA0) + char.ConvertFromUtf32(0x16EB8),
            .. TestCorpora.RandomUnicode(seed: 99, count: 40).Select(d => d.Body).Where(b => !Utf16.HasLoneSurrogate(b)),
        ];

        JsonElement expected = LunrJs.Functions("lowerCase", texts);

        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i].GetString(), JavaScriptLowerCase.ToLower(texts[i]));
        }
    }

    [Fact]
    public void LogMatchesMathLogBitForBit()
    {
        var random = new Random(5);
        var inputs = new List<double>();
        for (int n = 1; n <= 3000; n++)
        {
            for (int dwt = 1; dwt <= 12; dwt++)
            {
                inputs.Add(1 + Math.Abs((n - dwt + 0.5) / (dwt + 0.5))); // what lunr.idf takes the log of
            }
        }

        for (int i = 0; i < 20000; i++)
        {
            inputs.Add(Math.Exp((random.NextDouble() * 1400) - 700));
            inputs.Add(1 + ((random.NextDouble() - 0.5) * 1e-5));
        }

        inputs.AddRange([1, 2, 0.5, double.Epsilon, 1e-310, double.MaxValue, 1 + 1e-15, 1 - 1e-16]);

        JsonElement expected = LunrJs.Functions("log", inputs);

        for (int i = 0; i < inputs.Count; i++)
        {
            double js = expected[i].GetDouble();
            double ours = FdlibmLog.Log(inputs[i]);
            Assert.True(
                BitConverter.DoubleToInt64Bits(js) == BitConverter.DoubleToInt64Bits(ours),
                $"log({inputs[i]:R}): Math.log {js:R}, ours {ours:R}");
        }
    }

    [Fact]
    public void NumbersAreFormattedAsJsonStringifyFormatsThem()
    {
        var random = new Random(11);
        var inputs = new List<double>
        {
            0, 1, -1, 0.5, 0.1, 0.001, 1.5, 2.877, 10, 100, 123.456, 1e-5, 1e-6, 1.5e-6, 1e-7, 1.234e-7, 5e-324,
            1e15, 1e16, 1.5e20, 1e21, 1.2345e21, 1e22, 123456789012345680000.0, double.MaxValue, -1e-7, -0.000001,
            0.30000000000000004, 9007199254740993.0, 4.35, 1.005,
        };
        for (int i = 0; i < 5000; i++)
        {
            inputs.Add(Bm25.JavaScriptRound(random.NextDouble() * 30000) / 1000); // like lunr's scores
            inputs.Add(Math.Pow(10, (random.NextDouble() * 60) - 30) * (random.Next(2) == 0 ? 1 : -1));
        }

        JsonElement expected = LunrJs.Functions("stringify", inputs);

        Span<char> buffer = stackalloc char[JavaScriptNumberFormatter.MaxLength];
        for (int i = 0; i < inputs.Count; i++)
        {
            int length = JavaScriptNumberFormatter.Format(inputs[i], buffer);
            Assert.Equal(expected[i].GetString(), buffer[..length].ToString());
        }
    }

    [Fact]
    public void JavaScriptRoundRoundsHalvesUp()
    {
        Assert.Equal(3, Bm25.JavaScriptRound(2.5));
        Assert.Equal(-2, Bm25.JavaScriptRound(-2.5));
        Assert.Equal(0, Bm25.JavaScriptRound(0.49999999999999994));
        Assert.Equal(1, Bm25.JavaScriptRound(0.5));
    }

    private static void AssertStems(string[] words)
    {
        JsonElement expected = LunrJs.Functions("stem", words);
        var mismatches = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            string lunr = expected[i].GetString()!;
            string ours = LunrStemmer.Stem(words[i]);
            if (lunr != ours && mismatches.Count < 30)
            {
                mismatches.Add($"{words[i]}: lunr {lunr}, ours {ours}");
            }
        }

        Assert.Empty(mismatches);
    }

    private static string Hex(string s) => string.Join(' ', s.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
