using System.Text;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;

namespace StaticReader.Tests.Loading;

/// <summary>
/// A content file split on its bytes gives what decoding it whole and splitting the text gives: the same front matter,
/// body and line numbers, and the same errors for the files the text's path has to judge.
/// </summary>
public sealed class FrontMatterReadTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sr-frontmatter-").FullName;

    public static TheoryData<string> Files => new()
    {
        "---\ntitle: T\n---\nBody.\n",
        "---\ntitle: T\n---   \t\nBody after a fence with trailing blanks.\n",
        "---\ntitle: 中国的算力\nsummary: 数字人\n---\n\n东数西算 and *more*.\n",
        "\uFEFF---\ntitle: With a byte-order mark\n---\nBody.",
        "---\r\ntitle: CRLF\r\n---\r\nBody.\r\n",
        "---\ntitle: T\n---",
        "---\ntitle: T\n---\n",
        "---\ntitle: T\n----\nnot a fence above\n---\nBody.",
        "---\ntitle: T\n---\u00A0\nBody after a fence ending in a no-break space.",
        "---\u3000\ntitle: T\n---\nAn opening fence ending in an ideographic space.",
        "---\ntitle: T\n--- x\nstill front matter\n---\nBody.",
        "---\ntitle: never closed\n",
        "no front matter\n",
        "",
        "  \n\n",
        "---\n---\nEmpty front matter.",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reading_the_bytes_splits_as_the_text_does(string content)
    {
        var path = Path.Combine(folder, "page.md");
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var fromBytes = new DiagnosticBag();
        var fromText = new DiagnosticBag();

        var read = FrontMatterSplitter.Read(path, "texts/page.md", fromBytes);
        var text = TextDecoder.Decode(File.ReadAllBytes(path), "texts/page.md", fromText);
        var split = text is null ? null : FrontMatterSplitter.Split(text, "texts/page.md", fromText);

        Assert.Equal(split is null, read is null);
        Assert.Equal((split?.Yaml, split?.YamlLine, split?.BodyText, split?.BodyLine), (read?.Yaml, read?.YamlLine, read?.BodyText, read?.BodyLine));
        Assert.Equal(fromText.ToSortedList(), fromBytes.ToSortedList());
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        var path = Path.Combine(folder, "bad.md");
        File.WriteAllBytes(path, [.. "---\ntitle: T\n---\nab"u8, 0xFF, (byte)'\n']);
        var diagnostics = new DiagnosticBag();

        Assert.Null(FrontMatterSplitter.Read(path, "texts/bad.md", diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((4, 3), (error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
