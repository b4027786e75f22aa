using System.Text;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// A seeded generator of random sites of markdown documents: nested lists and quotes, emphasis, code, tables, links,
/// footnotes referenced and defined, wikilinks (to slugs, titles and passage anchors that exist), highlights tied to
/// notes, HTML fragments, very long lines, random Unicode and stray punctuation.
/// In <c>clean</c> mode every document is valid, so the build must succeed; otherwise documents also carry mistakes
/// (unknown targets, undefined notes, unclosed highlights, control characters, unsafe links), and the build may fail.
/// </summary>
public sealed class MarkdownFuzzer(int seed, bool clean)
{
    private static readonly string[] Words =
        ("the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were " +
         "compute chip export control reactor model data centre policy cluster power grid inference training market supply demand " +
         "Huawei Nvidia DeepSeek MiniMax scale-up scale-out rack GPU NPU token weights latency throughput sanction ministry").Split(' ');

    private static readonly string[] HtmlFragments =
    [
        "<b>", "</i>", "<img src=x onerror=alert(1)>", "<script>alert('fuzz')</script>", "<div onclick=\"alert(1)\">", "</div>",
        "<!-- comment -->", "<span style=\"color:red\">", "&amp;", "&#x3C;", "&nosuch;", "&lt;tag&gt;", "<a href=\"javascript:alert(1)\">x</a>",
        "<svg/onload=alert(1)>", "</p>", "<table><tr><td>", "<?php echo 1; ?>", "<![CDATA[ x ]]>", "<br/>", "<iframe src=//evil>",
    ];

    // No backtick in clean mode: a stray one pairs with a later code span and swallows note references into code.
    /// <summary>Whether a note may be referenced more than once (a note referenced twice is written once since 0f2912d).</summary>
    private const bool RepeatNoteReferences = true;

    private const string CleanStrays = "*_<>&|\\!#~{}()\"'%$@+-/:;,.?";
    private const string DirtyStrays = CleanStrays + "[]=^`";

    private readonly Random random = new(seed);
    private readonly List<(string Slug, string Title, string Kind)> pages = [];
    private readonly List<string> termNames = [];
    private readonly List<string> internalUrls = ["/", "/glossary/", "/explainers/", "/search/"];
    private List<string> notes = [];
    private int noteCounter;

    /// <summary>Generates <paramref name="count"/> documents (texts, glossary terms, explainers, pages) for one site.</summary>
    public IReadOnlyList<FuzzDocument> Site(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var (kind, folder) = (i % 20) switch
            {
                < 8 => ("text", "texts"),
                < 13 => ("term", "glossary"),
                < 17 => ("explainer", "explainers"),
                _ => ("page", "pages"),
            };
            var slug = $"doc-{i:000}";
            var title = kind == "term" ? TermTitle(i) : Title();
            pages.Add((slug, title, folder));
            internalUrls.Add(folder == "pages" ? $"/{slug}/" : $"/{folder}/{slug}/");
            if (kind == "term")
            {
                termNames.Add(title);
                termNames.Add($"alias{i}");
            }
        }

        var documents = new List<FuzzDocument>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(Document(i));
        }

        return documents;
    }

    private FuzzDocument Document(int index)
    {
        var (slug, title, folder) = pages[index];
        notes = [];
        noteCounter = 0;
        var front = new StringBuilder("---\n");
        front.Append("title: ").Append(Yaml(title)).Append('\n');
        if (folder == "glossary")
        {
            front.Append("summary: ").Append(Yaml(Sentence(8, inline: false))).Append('\n');
            front.Append($"aliases: [alias{index}").Append(clean || Chance(0.7) ? "" : ", alias0").Append("]\n");
            front.Append("kind: ").Append(Pick(["concept", "organization", "person", "product", "policy"])).Append('\n');
        }
        else if (Chance(0.5))
        {
            front.Append("summary: ").Append(Yaml(Sentence(10, inline: false))).Append('\n');
        }

        if (folder is "texts" or "explainers" && Chance(0.7))
        {
            front.Append($"date: 20{random.Next(10, 30)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}\n");
        }

        if (folder == "texts" && Chance(0.4))
        {
            front.Append($"source: {{ outlet: {Yaml(Title())}, url: \"https://example.com/{slug}?a=1&b=2\", author: {Yaml(Title())} }}\n");
        }

        front.Append("---\n");
        var body = new StringBuilder();
        var blocks = random.Next(3, 14);
        var anchorAt = random.Next(blocks);
        for (var b = 0; b < blocks; b++)
        {
            if (b == anchorAt)
            {
                body.Append(Sentence(6)).Append(" {#pid-").Append(index.ToString("000")).Append("}\n\n");
            }

            foreach (var line in Block(0))
            {
                body.Append(line).Append('\n');
            }

            body.Append('\n');
        }

        foreach (var label in notes)
        {
            body.Append("[^").Append(label).Append("]: ").Append(Sentence(random.Next(3, 15), inNote: true)).Append("\n\n");
        }

        if (!clean && Chance(0.2))
        {
            body.Append("[^unused-").Append(index).Append("]: A note nobody references.\n");
        }

        return new FuzzDocument($"{folder}/{slug}.md", front + body.ToString());
    }

    private List<string> Block(int depth)
    {
        var maxDepth = clean ? 4 : 7;
        var roll = random.Next(100);
        return roll switch
        {
            < 40 => Paragraph(),
            < 47 => [$"{new string('#', random.Next(2, 5))} {Sentence(random.Next(1, 7), inHeading: true)}"],
            < 59 when depth < maxDepth => List(depth, ordered: false),
            < 65 when depth < maxDepth => List(depth, ordered: true),
            < 73 when depth < maxDepth => Quote(depth),
            < 78 => Fence(),
            < 80 when depth == 0 => ["    " + Sentence(5, inline: false).Replace("\n", " "), "    <script>alert('indented')</script>"],
            < 84 => Table(),
            < 86 => [Pick(["---", "***", "___", "- - -"])],
            < 91 => [Pick(HtmlFragments) + " " + Sentence(4) + " " + Pick(HtmlFragments)],
            < 94 => [LongLine()],
            < 96 => ["- [ ] " + Sentence(4), "- [x] " + Sentence(4)],
            _ => Paragraph(),
        };
    }

    private List<string> Paragraph()
    {
        var lines = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var line = Sentence(random.Next(4, 30));
            lines.Add(i < count - 1 && Chance(0.15) ? line + Pick(["  ", "\\"]) : line);
        }

        return lines;
    }

    private List<string> List(int depth, bool ordered)
    {
        var lines = new List<string>();
        var items = random.Next(1, 5);
        var start = random.Next(0, 3);
        for (var item = 0; item < items; item++)
        {
            var marker = ordered ? $"{start + item}. " : Pick(["- ", "* ", "+ "]);
            if (!ordered && item > 0)
            {
                marker = lines.Count > 0 ? lines[0][..2] : marker; // keep one marker per list
            }

            var indent = new string(' ', marker.Length);
            var content = Chance(0.3) ? Block(depth + 1) : Paragraph();
            for (var i = 0; i < content.Count; i++)
            {
                lines.Add(i == 0 ? marker + content[i] : content[i].Length == 0 ? "" : indent + content[i]);
            }

            if (Chance(0.3) && depth + 1 < (clean ? 4 : 7))
            {
                lines.Add("");
                foreach (var nested in random.Next(2) == 0 ? List(depth + 1, !ordered) : Quote(depth + 1))
                {
                    lines.Add(nested.Length == 0 ? "" : indent + nested);
                }
            }
        }

        return lines;
    }

    private List<string> Quote(int depth)
    {
        var lines = new List<string>();
        var blocks = random.Next(1, 3);
        for (var b = 0; b < blocks; b++)
        {
            if (b > 0)
            {
                lines.Add(">");
            }

            lines.AddRange(Block(depth + 1).Select(l => l.Length == 0 ? ">" : "> " + l));
        }

        if (Chance(0.2))
        {
            lines.Add(">");
            lines.Add("> — " + Pick(["Reuters", "The Diplomat", "新华社", "Le Monde"]));
        }

        return lines;
    }

    private List<string> Fence()
    {
        var fence = Pick(["```", "~~~", "````"]);
        var lines = new List<string> { fence + Pick(["", "html", "csharp", "js", "text {.x}"]) };
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            lines.Add(Pick(["<script>alert('fence')</script>", "[[nowhere]] ==open [^missing]", "  indented `ticks` ``double``", UnicodeRun(10), "if (a == b) { return; }", Words[random.Next(Words.Length)]]));
        }

        lines.Add(fence);
        return lines;
    }

    private List<string> Table()
    {
        var columns = random.Next(1, 6);
        var lines = new List<string>
        {
            "| " + string.Join(" | ", Enumerable.Range(0, columns).Select(_ => Sentence(2, inline: false))) + " |",
            "|" + string.Join("|", Enumerable.Range(0, columns).Select(_ => Pick(["---", ":--", "--:", ":-:"]))) + "|",
        };
        for (var row = random.Next(1, 5); row > 0; row--)
        {
            lines.Add("| " + string.Join(" | ", Enumerable.Range(0, columns).Select(_ => Cell())) + " |");
        }

        return lines;
    }

    /// <summary>Inline markdown for a table cell, without a pipe (which would split the cell).</summary>
    private string Cell()
    {
        var registered = notes.Count;
        var cell = Sentence(random.Next(1, 5));
        if (!cell.Contains('|'))
        {
            return cell;
        }

        notes.RemoveRange(registered, notes.Count - registered); // the cell is thrown away, and its note references with it
        return Sentence(3, inline: false);
    }

    private string LongLine()
    {
        var builder = new StringBuilder();
        var target = random.Next(2_000, 20_000);
        while (builder.Length < target)
        {
            builder.Append(Chance(0.02) ? new string('x', random.Next(200, 2000)) : Words[random.Next(Words.Length)]).Append(' ');
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>A run of inline markdown on one line. Never starts with a block marker.</summary>
    private string Sentence(int tokens, bool inline = true, bool inHeading = false, bool inNote = false, int emphasisDepth = 0)
    {
        var builder = new StringBuilder(Capitalized(Words[random.Next(Words.Length)]));
        for (var t = 0; t < tokens; t++)
        {
            builder.Append(' ');
            if (!inline)
            {
                builder.Append(Chance(0.1) ? UnicodeRun(3) : Words[random.Next(Words.Length)]);
                continue;
            }

            var roll = random.Next(100);
            switch (roll)
            {
                case < 50:
                    builder.Append(Words[random.Next(Words.Length)]);
                    break;
                case < 56 when termNames.Count > 0:
                    var name = Pick(termNames);
                    builder.Append(Chance(0.3) ? name.ToLowerInvariant() : name);
                    break;
                case < 63 when emphasisDepth < 2:
                    var mark = Pick(["*", "**", "_", "__", "***", "~~"]);
                    builder.Append(mark).Append(Sentence(random.Next(0, 4), inline, inHeading, inNote, emphasisDepth + 1)).Append(mark);
                    break;
                case < 67:
                    builder.Append(CodeSpan());
                    break;
                case < 71:
                    builder.Append(Link());
                    break;
                case < 73:
                    builder.Append($"![{Words[random.Next(Words.Length)]} \"alt\"](https://example.com/i{random.Next(99)}.png \"t\")");
                    break;
                case < 79:
                    builder.Append(WikiLink());
                    break;
                case < 83 when !inHeading && !inNote:
                    builder.Append(NoteReference());
                    break;
                case < 86 when !inHeading && !inNote:
                    builder.Append("==").Append(Words[random.Next(Words.Length)]).Append(' ').Append(Words[random.Next(Words.Length)]).Append("==").Append(NoteReference());
                    break;
                case < 88:
                    builder.Append("==").Append(Words[random.Next(Words.Length)]).Append("==");
                    break;
                case < 91:
                    builder.Append(Pick(HtmlFragments));
                    break;
                case < 95:
                    builder.Append(UnicodeRun(random.Next(1, 12)));
                    break;
                case < 98:
                    builder.Append(Words[random.Next(Words.Length)]).Append(Stray());
                    break;
                case < 99:
                    builder.Append(new string(Pick(["a", "z", "é", "中"])[0], random.Next(300, 3000)));
                    break;
                default:
                    builder.Append(clean ? Pick(["\\*", "\\[", "\\\\", "\\`", "\\_", "\\#", "\\<"]) : Pick(["\\==", "\\[\\[x]]"]));
                    break;
            }
        }

        if (!clean && Chance(0.03))
        {
            builder.Append(Pick([" [[nowhere-at-all]]", " [^undefined-note]", " an ==unclosed highlight", " [bad](javascript:alert(1))", " \u0001ctl", " [[doc-000#no-such-anchor]]"]));
        }

        return builder.ToString();
    }

    private string CodeSpan()
    {
        var content = Pick(["x", "<script>alert(1)</script>", "[[doc-000]]", "==mark==", "[^n]", "a * b * c", "{#id}", UnicodeRun(3), "a | b"]);
        return Chance(0.2) ? "`` " + content + " `` " : "`" + content + "`";
    }

    private string Link()
    {
        var text = Words[random.Next(Words.Length)];
        return random.Next(8) switch
        {
            0 => $"[{text}](https://example.com/{text}?q=1&r=2#frag \"a title\")",
            1 => $"[{text}]({Pick(internalUrls)})",
            2 => $"<https://example.com/{text}>",
            3 => $"www.example.com/{text}",
            4 => $"[{text}](mailto:someone@example.com)",
            5 => $"[{text} *em*](<https://example.com/with space>)",
            6 => $"[{text}](https://例え.jp/パス)",
            _ => $"https://example.com/{text}.",
        };
    }

    private string WikiLink()
    {
        var target = random.Next(pages.Count);
        var (slug, title, _) = pages[target];
        return random.Next(6) switch
        {
            0 => $"[[{slug}]]",
            1 => $"[[{slug}|{Words[random.Next(Words.Length)]} {UnicodeRun(2)}]]",
            2 when !title.Contains('|') && !title.Contains('#') && !title.Contains(']') && !title.Contains('[') => $"[[{title}]]",
            3 => $"[[{slug}#pid-{target:000}]]",
            4 => $"[[{slug}#pid-{target:000}|see there]]",
            _ => $"[[{slug}]]",
        };
    }

    private string NoteReference()
    {
        noteCounter++;
        var label = Pick(["n", "note-", "Ü", "x_"]) + noteCounter;
        if (RepeatNoteReferences && Chance(0.2) && notes.Count > 0)
        {
            return "[^" + Pick(notes) + "]"; // a second reference to an existing note
        }

        notes.Add(label);
        return "[^" + label + "]";
    }

    private string Stray()
    {
        var set = clean ? CleanStrays : DirtyStrays;
        var builder = new StringBuilder();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            builder.Append(set[random.Next(set.Length)]);
        }

        return builder.ToString();
    }

    private string UnicodeRun(int length, bool forYaml = false)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var (low, high) = random.Next(clean ? 12 : 14) switch
            {
                0 => (0x00C0, 0x017F),
                1 => (0x0391, 0x03C9),
                2 => (0x0410, 0x044F),
                3 => (0x05D0, 0x05EA),
                4 => (0x0627, 0x064A),
                5 => (0x4E00, 0x9FFF),
                6 => (0xAC00, 0xD7A3),
                7 => (0x1F300, 0x1F64F),
                8 => (0x0300, 0x036F),
                9 => (0x1D400, 0x1D433),
                10 => (0x2000, 0x206F),
                11 => (0x00A0, 0x00BF),
                12 => (0x0001, 0x001F),
                _ => (0x007F, 0x009F),
            };
            var code = random.Next(low, high + 1);
            if (code is '\n' or '\r' || (code >= 0xD800 && code <= 0xDFFF) || (forYaml && code is 0x2028 or 0x2029 or 0x85))
            {
                code = 'x';
            }

            builder.Append(char.ConvertFromUtf32(code));
        }

        return builder.ToString();
    }

    private string Title()
    {
        var title = random.Next(6) switch
        {
            0 => Capitalized(Words[random.Next(Words.Length)]) + " " + UnicodeRun(random.Next(1, 5), forYaml: true) + " " + Words[random.Next(Words.Length)],
            1 => "\"Quoted\" <title> & 'more' " + Words[random.Next(Words.Length)],
            2 => Capitalized(Words[random.Next(Words.Length)]) + ": " + Words[random.Next(Words.Length)] + " #" + random.Next(100),
            _ => Capitalized(Words[random.Next(Words.Length)]) + " " + Words[random.Next(Words.Length)] + " " + Words[random.Next(Words.Length)],
        };
        return title.Trim();
    }

    private string TermTitle(int index) =>
        random.Next(3) switch
        {
            0 => $"Term {index}",
            1 => $"{Capitalized(Words[random.Next(Words.Length)])} term {index}",
            _ => $"T{index}-{Words[random.Next(Words.Length)]}",
        };

    private static readonly System.Text.Json.JsonSerializerOptions YamlQuoting = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A YAML double-quoted scalar (JSON string syntax is valid YAML), with non-ASCII text kept as it is.</summary>
    private static string Yaml(string text) => System.Text.Json.JsonSerializer.Serialize(text, YamlQuoting);

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private bool Chance(double probability) => random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
