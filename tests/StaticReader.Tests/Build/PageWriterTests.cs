using System.Text;
using StaticReader.Core.Emit;
using StaticReader.Core.Output;

namespace StaticReader.Tests.Build;

/// <summary>
/// A file larger than the writer's buffer is written as the buffer fills: its bytes are those of the whole text encoded
/// at once, surrogate pairs that straddle a slice's or a segment's edge included.
/// </summary>
public sealed class PageWriterTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("sr-pagewriter-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // The text from..to in segments of 1,000 characters, as a renderer's output hands it over: some edges split a pair.
    private static IEnumerable<ReadOnlyMemory<char>> Segments(string text, int from = 0, int to = -1)
    {
        to = to < 0 ? text.Length : to;
        for (var at = from; at < to; at += 1_000)
        {
            yield return text.AsMemory(at, Math.Min(1_000, to - at));
        }
    }

    [Fact]
    public void A_pair_split_between_two_segments_is_written_whole()
    {
        var text = new string('a', 999) + "\U0001F680" + new string('b', 5);
        var sink = new InPlaceSink(root);
        PageWriter.WriteText(sink, "pair.html", Segments(text));
        Assert.Equal(Utf8.GetBytes(text), File.ReadAllBytes(Path.Combine(root, "pair.html")));
    }

    // ASCII, two- and three-byte characters, and a pair (U+1F680) placed across every piece boundary a writer might use.
    private static string Text(int length, int pairEvery)
    {
        var builder = new StringBuilder(length + 2);
        for (var i = 0; builder.Length < length; i++)
        {
            if (builder.Length % pairEvery == pairEvery - 1)
            {
                builder.Append("\U0001F680");
            }
            else
            {
                builder.Append((i % 7) switch { 0 => 'é', 1 => '中', _ => (char)('a' + (i % 26)) });
            }
        }

        return builder.ToString();
    }

    [Theory]
    [InlineData(100, 10)]
    [InlineData(8 * 1024 + 5, 8 * 1024)]
    [InlineData(300_000, 8 * 1024)]
    [InlineData(300_000, 4 * 1024 + 1)]
    [InlineData(1_000_000, 97)]
    public void A_text_is_written_as_its_whole_encoding(int length, int pairEvery)
    {
        var text = Text(length, pairEvery);
        var sink = new InPlaceSink(root);

        PageWriter.WriteText(sink, "a/one.html", text);
        PageWriter.WriteText(sink, "a/three.html", Segments(text, 0, length / 3), Segments(text, length / 3, 2 * (length / 3)), Segments(text, 2 * (length / 3), text.Length));
        var inner = Utf8.GetBytes(text);
        PageWriter.WriteText(sink, "a/five.html", Segments("<head>"), Segments("<main>"), inner, Segments("</main>"), Segments(text, 0, text.Length));

        Assert.Equal(Utf8.GetBytes(text), File.ReadAllBytes(Path.Combine(root, "a", "one.html")));
        Assert.Equal(Utf8.GetBytes(text), File.ReadAllBytes(Path.Combine(root, "a", "three.html")));
        Assert.Equal(Utf8.GetBytes("<head><main>").Concat(inner).Concat(Utf8.GetBytes("</main>" + text)), File.ReadAllBytes(Path.Combine(root, "a", "five.html")));
    }
}
