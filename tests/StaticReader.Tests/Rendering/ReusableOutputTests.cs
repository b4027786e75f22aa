using StaticReader.Core.Rendering;

namespace StaticReader.Tests.Rendering;

/// <summary>
/// The renderer's output holds a page in pieces of one size: what is read back (its segments, a string, where a marker
/// is) is the text written, whichever piece edges fall inside it, and a cleared output starts afresh.
/// </summary>
public sealed class ReusableOutputTests
{
    private const string Marker = "\u0002staticreader:page.content\u0003";

    private static string Joined(ReusableOutput output, int from, int to) =>
        string.Concat(output.Segments(from, to).Select(s => s.ToString()));

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(16 * 1024 - 30)] // the marker straddles the first edge
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)] // it starts the second piece
    [InlineData(3 * 16 * 1024 - 7)]
    [InlineData(200_000)]
    public void The_text_and_a_marker_in_it_read_back_across_piece_edges(int before)
    {
        var text = new string('a', before) + Marker + new string('b', 40_000) + Marker;
        var output = new ReusableOutput();
        foreach (var part in text.Chunk(7_001).Select(c => new string(c)))
        {
            output.Write(part, 0, part.Length); // Scriban writes in many small strings
        }

        Assert.Equal(text.Length, output.Length);
        Assert.Equal(text, output.ToString());
        Assert.Equal(text, Joined(output, 0, output.Length));
        Assert.Equal(before, output.IndexOf(Marker));
        Assert.Equal(text[(before + 5)..(before + 40_000)], Joined(output, before + 5, before + 40_000));
    }

    [Fact]
    public void A_text_without_the_marker_has_none_and_a_cleared_output_holds_nothing()
    {
        var output = new ReusableOutput();
        var text = new string('x', 100_000) + Marker[..^1];
        output.Write(text, 0, text.Length);
        Assert.Equal(-1, output.IndexOf(Marker));

        output.Clear();
        Assert.Equal(0, output.Length);
        Assert.Equal("", output.ToString());
        Assert.Empty(output.Segments(0, 0));
        output.Write("after", 0, 5);
        Assert.Equal("after", output.ToString());
        Assert.Equal(-1, output.IndexOf(Marker));
    }
}
