using System.Text;
using StaticReader.Core.Loading;
using StaticReader.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticReader.Tests.Loading;

/// <summary>
/// The front matter parser's shortcut: for the YAML it accepts, the nodes are those YamlDotNet's parser makes (values,
/// styles, positions); what it refuses is left to YamlDotNet, and it refuses whatever YamlDotNet would read differently.
/// </summary>
public sealed class FlatMappingParserTests
{
    /// <summary>Every node of the YAML as YamlDotNet's own parser reads it, with its style and positions; or the error.</summary>
    private static string Oracle(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(new StringReader(yaml)));
        }
        catch (YamlException ex)
        {
            return "error: " + ex.Message;
        }

        return Describe(stream);
    }

    private static string Shortcut(FlatMappingParser parser)
    {
        var stream = new YamlStream();
        stream.Load(parser);
        return Describe(stream);
    }

    private static string Describe(YamlStream stream)
    {
        var text = new StringBuilder();
        foreach (var document in stream.Documents)
        {
            Describe(document.RootNode, text);
        }

        return text.ToString();
    }

    private static void Describe(YamlNode node, StringBuilder text)
    {
        text.Append($"{node.GetType().Name} {node.Start.Index}/{node.Start.Line}/{node.Start.Column}-{node.End.Index}/{node.End.Line}/{node.End.Column} tag[{node.Tag}] anchor[{node.Anchor}]");
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append($" {scalar.Style} [{scalar.Value}]\n");
                break;
            case YamlMappingNode mapping:
                text.Append('\n');
                foreach (var (key, value) in mapping.Children)
                {
                    Describe(key, text);
                    Describe(value, text);
                }

                break;
            case YamlSequenceNode sequence:
                text.Append($" {sequence.Style}\n");
                foreach (var item in sequence.Children)
                {
                    Describe(item, text);
                }

                break;
            default:
                text.Append(" (not flat)\n");
                break;
        }
    }

    // Values as a writer might type them, the tricky ones among them.
    private static readonly string[] Values =
    [
        "Plain words", "Reader 00000: Have might", "2018-03-04", "2025-06", "true", "no", "~", "null", "42", "-5", "3.14",
        "a: b", "ends with a colon:", "a:b", "http://example.org/x", "https://example.org/a#frag", "a # comment", "a#b",
        "Bob's book", "say \"hi\"", "[draft] title", "title [draft]", "{not a map}", "a, b, c", "*alias", "&anchor x", "!tag x",
        "| literal", "> folded", "% percent", "@at", "`tick`", "? key", "- item", "-", "--- x", "...", "a  two  spaces",
        "trailing space ", "中国的算力", "Café naïve", "emoji 🚀 here", "tab\there", "nel\u0085here", "ls\u2028here", "bom\uFEFFhere",
        "back\\slash", "back\\\\two", "single 'quote'", "double \"quote\"", "", " ", "'", "\"", "a'b", "a\"b",
        "US–China", "ÿ", "\u00A0nbsp", "end\u00A0",
    ];

    public static TheoryData<string> Documents() => new(DocumentTexts());

    private static HashSet<string> DocumentTexts()
    {
        var data = new HashSet<string>(StringComparer.Ordinal); // the forms of some values coincide ("" and '' among them)
        foreach (var value in Values)
        {
            data.Add($"title: {value}\n");
            data.Add($"title: '{value}'\n");
            data.Add($"title: \"{value}\"\n");
            data.Add($"title: x\nsummary:   {value}\ndate: 2020-01-01\n");
            data.Add($"aliases: [{value}]\n");
            data.Add($"aliases: [a, {value} ,b]\n");
            data.Add($"aliases: ['{value}', \"{value}\"]\n");
        }

        foreach (var escaped in new[] { "a \\\"b\\\" c", "back\\\\slash", "\\n", "\\t", "\\x41", "\\u00e9", "\\", "end\\" })
        {
            data.Add($"title: \"{escaped}\"\n");
        }

        data.Add("# yaml-language-server: $schema=../../schemas/term.schema.json\ntitle: AI accelerator\naliases: [AI accelerators, AI chip, NPU]\nrelated: [gpu, ascend]\n");
        data.Add("\n# comment\n\ntitle: a\n# between\nsummary: b\n# after\n");
        data.Add("title: a # trailing comment\n");
        data.Add("aliases: []\n");
        data.Add("aliases: [ ]\n");
        data.Add("aliases: [a,b]\n");
        data.Add("aliases: [a, ]\n");
        data.Add("aliases: [a, b] \n");
        data.Add("aliases: [a, b]x\n");
        data.Add("aliases: [a, [b]]\n");
        data.Add("aliases: [a: b]\n");
        data.Add("aliases: [a\n");
        data.Add("aliases: [\"a, b\", 'c]']\n");
        data.Add("title: 'it''s'\n");
        data.Add("title: '' \n");
        data.Add("title: \"\"\n");
        data.Add("#only a comment\n");

        data.Add("title: a\n\nsummary: b\n");
        data.Add("title: a\ntitle: b\n");
        data.Add("Title: a\ntitle: b\n");
        data.Add("redirect_from: /old/\nkind: concept\n");
        data.Add("title: a\n  summary: b\n");
        data.Add("title: a\n# a comment\n");
        data.Add("\ntitle: a\n");
        data.Add("title: a");
        data.Add("title:a\n");
        data.Add("title :a\n");
        data.Add("title:\n");
        data.Add("1title: a\n");
        data.Add("ti-tle: a\n");
        data.Add("_private: a\n");
        data.Add("aliases: [a, b]\n");
        data.Add("source:\n  outlet: X\n");
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void What_it_accepts_it_reads_as_YamlDotNet_does(string yaml)
    {
        if (FlatMappingParser.TryParse(yaml) is { } parser)
        {
            Assert.Equal(Oracle(yaml), Shortcut(parser));
        }
    }

    /// <summary>The comparison above says nothing of a document the shortcut refuses: most of them must be compared.</summary>
    [Fact]
    public void The_comparison_above_compares_most_documents_and_leaves_the_tricky_ones_out()
    {
        var documents = DocumentTexts();
        var accepted = documents.Count(yaml => FlatMappingParser.TryParse(yaml) is not null);
        Assert.InRange(accepted, documents.Count / 2, documents.Count - 100); // 269 of 457 today
    }

    [Theory]
    [InlineData("title: \"Reader 00000: Have might wheel\"\nsummary: \"Main fast start.\"\ndate: 2018-03-04\n")]
    [InlineData("title: CloudMatrix 384\nkind: product\naliases: CloudMatrix\nsummary: Huawei's rack-scale system.\n")]
    [InlineData("title: 'Single'\nlayout: page\ndraft: true\n")]
    [InlineData("# yaml-language-server: $schema=../../schemas/term.schema.json\ntitle: AI accelerator\nkind: concept\naliases: [AI accelerators, AI chip, NPU]\nrelated: [gpu, ascend]\n")]
    [InlineData("title: \"How to read \\\"half the compute\\\"\"\naliases: [\"AMLE\", \"Alel\"]\n")]
    public void The_usual_front_matter_takes_the_shortcut(string yaml)
    {
        var parser = FlatMappingParser.TryParse(yaml);
        Assert.NotNull(parser);
        Assert.Equal(Oracle(yaml), Shortcut(parser));
    }

    [Theory]
    [InlineData("title: a\ntitle: b\n")] // YamlDotNet reports the repeated key
    [InlineData("title: a # comment\n")]
    [InlineData("aliases: [a, [b]]\n")]
    [InlineData("title: \"line\\nbreak\"\n")]
    [InlineData("source:\n  outlet: X\n")]
    [InlineData("title:\ttab\n")]
    [InlineData("title: a: b\n")]
    public void What_needs_a_closer_look_is_left_to_YamlDotNet(string yaml) => Assert.Null(FlatMappingParser.TryParse(yaml));

    [Fact]
    public void Every_front_matter_of_the_site_and_the_fixtures_reads_as_YamlDotNet_reads_it()
    {
        var files = new[] { "input", "tests/StaticReader.Tests/Fixtures" }
            .Select(folder => Path.Combine(RepoPaths.Root, folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories))
            .ToList();
        var shortcuts = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (!text.StartsWith("---\n", StringComparison.Ordinal) || close < 0)
            {
                continue;
            }

            var yaml = text[4..(close + 1)];
            if (FlatMappingParser.TryParse(yaml) is { } parser)
            {
                shortcuts++;
                Assert.True(Oracle(yaml) == Shortcut(parser), file);
            }
        }

        Assert.True(shortcuts >= files.Count * 3 / 4, $"only {shortcuts} of {files.Count} files took the shortcut");
    }
}
