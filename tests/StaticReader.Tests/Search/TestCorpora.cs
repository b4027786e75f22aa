using System.Text;
using StaticReader.Core.Search;

namespace StaticReader.Tests.Search;

/// <summary>Corpora that stress lunr's tokenizer, pipeline and serialization.</summary>
internal static class TestCorpora
{
    /// <summary>Corpora by name, for theories.</summary>
    public static IReadOnlyList<SearchDocument> ByName(string name) => name switch
    {
        "english" => EnglishCorpus.Documents,
        "edge-cases" => EdgeCases,
        "numbers-hyphens-apostrophes" => NumbersHyphensApostrophes,
        "array-index-refs" => ArrayIndexRefs,
        "duplicate-refs" => DuplicateRefs,
        "empty" => [],
        "all-empty-document" => [new("only", "", "", "", "")],
        "greek-and-turkish" => GreekAndTurkish,
        "chinese-and-japanese" => ChineseAndJapanese,
        "porter-vocabulary" => PorterVocabulary(),
        _ when name.StartsWith("random-", StringComparison.Ordinal) => RandomUnicode(int.Parse(name["random-".Length..]), 60),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Every named corpus.</summary>
    public static readonly string[] Names =
    [
        "english", "edge-cases", "numbers-hyphens-apostrophes", "array-index-refs", "duplicate-refs", "empty",
        "all-empty-document", "greek-and-turkish", "chinese-and-japanese", "porter-vocabulary", "random-1", "random-2", "random-3", "random-4",
    ];

    private static IReadOnlyList<SearchDocument> EdgeCases =>
    [
        new("one-word", "Reactor", "", "", ""),
        new("one-word-body", "", "", "", "reactors"),
        new("all-empty", "", "", "", ""),
        new("stop-words-only", "The", "a an the", "and or but", "it is what it is, isn't it?"),
        new("repeats", "chip chip chip", "chips", "chip", "chip chips chipping chipped chip"),
        new("punctuation", "!!! ??? ...", "—", "(quoted) [bracketed] {braced}", "«guillemets» „low quotes“ ‘single’ \"double\" *stars* _under_ __init__"),
        new("whitespace", "tab\tseparated\ttitle", "line\nbreaks\r\nhere", "nbsp\u00A0and\u2003em\u3000ideographic", "zero\u200Bwidth stays\uFEFFjoined\u2028line\u2029para\u180Emongolian"),
        new("ref with \"quotes\" and \\ backslash/slash", "Odd ref", "", "", "The ref needs escaping in JSON."),
        new("ünïcödé-ref-日本", "Unicode ref", "", "", "references are strings"),
        new("controls\u0001\u001f", "Control characters\u0007 in text", "", "", "bell\u0007 and escape\u001b and delete\u007f"),
        new("long", "a".PadRight(300, 'b'), "", "", string.Concat(Enumerable.Repeat("supercalifragilisticexpialidocious-", 40))),
        new("case", "HUAWEI Huawei hUaWeI", "ÉCOLE École", "ΣΊΣΥΦΟΣ", "İSTANBUL ﬁnance ǅemal ß ẞ"),
        new("underscores", "__proto__ constructor toString", "hasOwnProperty valueOf", "_index _ __", "prototype __defineGetter__"),
        new("empty-string-term", "日本語", "中文", "😀 🚀", "— – ‒"),
    ];

    private static IReadOnlyList<SearchDocument> NumbersHyphensApostrophes =>
    [
        new("n1", "7.65 percent", "", "90% of 1,000,000", "Prices fell 7.65 yuan; 90 percent cheaper; 3.9x power; 10^25 FLOPs; 0.001 and 1e21 and -42 and +7"),
        new("n2", "2024-2025", "", "", "Dates: 2025-06-30, 06/30/2025, 30.06.2025, v2.3.9, 1st 2nd 3rd 4th"),
        new("h1", "scale-up scale-out", "state-of-the-art", "", "first-of-a-kind -leading trailing- --double-- - ‐unicode‐hyphen‑nb‒figure–en—em"),
        new("a1", "Huawei's Nvidia’s", "don't won’t", "'quoted' ’curly’", "it's its’ the '90s rock 'n' roll o'clock y'all yesterday's"),
        new("u1", "U.S. U.K. e.g. i.e.", "", "", "The U.S.-China race; U.S.A.; Ph.D.; a.m. p.m. etc."),
    ];

    private static IReadOnlyList<SearchDocument> ArrayIndexRefs =>
    [
        new("b", "banana", "", "", "fruit"),
        new("10", "ten", "", "", "fruit number"),
        new("2", "two", "", "", "fruit number"),
        new("007", "bond", "", "", "fruit number"),
        new("0", "zero", "", "", "fruit number"),
        new("4294967294", "max index", "", "", "fruit number"),
        new("4294967295", "not an index", "", "", "fruit number"),
        new("-1", "negative", "", "", "fruit number"),
        new("1.5", "fraction", "", "", "fruit number"),
        new("a", "apple", "", "", "fruit"),
    ];

    private static IReadOnlyList<SearchDocument> DuplicateRefs =>
    [
        new("x", "first x", "", "", "alpha beta"),
        new("y", "only y", "", "", "beta gamma"),
        new("x", "second x", "", "", "gamma delta delta"),
        new("z", "z", "", "", "alpha"),
    ];

    private static IReadOnlyList<SearchDocument> GreekAndTurkish =>
    [
        new("g1", "ΟΔΟΣ ΟΔΟΣ. ΣΑΣ", "Α.Σ ΑΣ’Α", "ΣΊΣΥΦΟΣ", "ἈΣ ΑΣ\u0301 Σ ΑΣΑ ΑΣ-Β aΣ Σa 1Σ ΑΣ1"),
        new("t1", "İstanbul", "DİYARBAKIR", "İ", "ıi İI"),
    ];

    // Han, kana and Latin in one token, CJK punctuation, lone characters, supplementary-plane ideographs, 々 and ・.
    private static IReadOnlyList<SearchDocument> ChineseAndJapanese =>
    [
        new("zh1", "算力", "计算能力 compute", "东数西算", "中国的算力正在快速增长，HBM芯片供不应求。“华为”昇腾910C。"),
        new("zh2", "数字人", "", "直播带货", "数字人主播在直播中卖货；AI生成的数字人（digital human）。"),
        new("ja1", "日本語のテキスト", "ジェンスン・フアン", "時々", "東京で半導体を作る。ｶﾀｶﾅ 𠮷野家 𩸽 ー"),
        new("mix", "U.S.-中国 race", "", "a的b", "x中y 中 国 的-算-力 (算力) 'AI芯片's' the中the"),
    ];

    // Words from Porter's paper and the stemmer's rules, so every step fires.
    private static IReadOnlyList<SearchDocument> PorterVocabulary()
    {
        string words = string.Join(' ', StemmerWords.Classic);
        return
        [
            new("porter", "Porter vocabulary", "", "", words),
            new("porter-upper", "", "", "", words.ToUpperInvariant()),
        ];
    }

    /// <summary>
    /// Seeded random documents mixing ASCII and accented Latin, Greek, CJK, emoji (surrogate
    /// pairs), digits, punctuation, many kinds of whitespace and hyphen, and now and then a
    /// lone surrogate.
    /// </summary>
    public static IReadOnlyList<SearchDocument> RandomUnicode(int seed, int count)
    {
        var random = new Random(seed);
        var documents = new List<SearchDocument>(count);
        for (int i = 0; i < count; i++)
        {
            documents.Add(new SearchDocument(
                random.Next(10) == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "doc-" + RandomWord(random),
                RandomText(random, random.Next(0, 6)),
                random.Next(3) == 0 ? "" : RandomText(random, random.Next(0, 4)),
                random.Next(4) == 0 ? "" : RandomText(random, random.Next(0, 20)),
                random.Next(10) == 0 ? "" : RandomText(random, random.Next(0, 200))));
        }

        return documents;
    }

    private static readonly string[] Separators = [" ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "-", " - ", "\u00A0", "\u3000", "\u2009", "--"];

    private static readonly string[] Pieces =
    [
        "the", "and", "of", "chips", "chip's", "export", "controls", "scale", "up", "reactor", "reactors", "running",
        "happiness", "relational", "generalization", "agreed", "cries", "yearly", "yield", "caresses", "ponies",
        "café", "naïve", "résumé", "Über", "straße", "Ärger", "façade", "señor", "Ægir", "œuvre",
        "日本", "中国", "芯片", "한국어", "ひらがな", "Ελλάδα", "ΣΟΦΟΣ", "Москва", "עברית", "العربية",
        "😀", "🚀", "👩‍💻", "🇺🇸", "✓", "…", "—", "“", "”", "’", "'", "\"", ".", ",", ";", ":", "!", "?", "(", ")",
        "7.65", "90", "%", "1,000", "2025", "U.S.", "e.g.", "_", "__", "#", "@", "&", "İ", "ǅ", "ﬁ",
    ];

    private static string RandomText(Random random, int words)
    {
        var text = new StringBuilder();
        for (int w = 0; w < words; w++)
        {
            if (w > 0)
            {
                text.Append(Separators[random.Next(Separators.Length)]);
            }

            text.Append(RandomWord(random));
        }

        return text.ToString();
    }

    private static string RandomWord(Random random)
    {
        var word = new StringBuilder();
        int parts = random.Next(1, 4);
        for (int p = 0; p < parts; p++)
        {
            switch (random.Next(10))
            {
                case 0:
                    word.Append((char)random.Next(0x00C0, 0x0250)); // Latin-1 Supplement and Extended-A/B
                    break;
                case 1:
                    word.Append((char)random.Next(0x4E00, 0x9FFF)); // CJK
                    break;
                case 2:
                    word.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF))); // emoji and pictographs
                    break;
                case 3:
                    word.Append((char)random.Next(0x0370, 0x0400)); // Greek
                    break;
                case 4:
                    for (int c = random.Next(1, 9); c > 0; c--)
                    {
                        word.Append((char)random.Next('a', 'z' + 1));
                    }

                    break;
                case 5:
                    word.Append((char)random.Next(0x21, 0x7F)); // ASCII punctuation, digits, letters
                    break;
                case 6 when random.Next(50) == 0:
                    word.Append(random.Next(2) == 0 ? '\uD83D' : '\uDE00'); // a lone surrogate
                    break;
                default:
                    word.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        return word.ToString();
    }
}
