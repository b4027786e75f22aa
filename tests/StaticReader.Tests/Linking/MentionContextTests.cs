using System.Net;
using StaticReader.Core.Markdown;

namespace StaticReader.Tests.Linking;

/// <summary>
/// A mention's context is its sentence as escaped HTML with the linked words in &lt;mark&gt;: each piece encoded as
/// <see cref="WebUtility.HtmlEncode(string)"/> encodes it, whichever characters the prose holds.
/// </summary>
public sealed class MentionContextTests
{
    // The context as three encoded pieces around the mark, trimmed at the sentence's edges (no ellipsis in these).
    private static string Expected(string sentence, string linked)
    {
        var start = sentence.IndexOf(linked, StringComparison.Ordinal);
        return WebUtility.HtmlEncode(sentence[..start].TrimStart()) + "<mark>" + WebUtility.HtmlEncode(linked) + "</mark>" +
            WebUtility.HtmlEncode(sentence[(start + linked.Length)..].TrimEnd());
    }

    [Theory]
    [InlineData("Plain words about compute in a sentence.", "compute")]
    [InlineData("The chips' <b>speed</b> & \"power\" matter.", "speed")]
    [InlineData("Caf\u00e9 owners and na\u00efve buyers of compute.", "compute")]
    [InlineData("A \ud83d\ude80 launch of the CloudMatrix system.", "CloudMatrix")]
    [InlineData("Curly \u201cquotes\u201d and \u2019apostrophes\u2019 stay as they are.", "quotes")]
    [InlineData("An <i>encoded</i> link: the R&D budget.", "R&D")]
    public void Each_piece_is_encoded_as_WebUtility_encodes_it(string sentence, string linked)
    {
        var start = sentence.IndexOf(linked, StringComparison.Ordinal);
        Assert.Equal(Expected(sentence, linked), MentionCollector.Context(sentence, start, linked.Length));
    }

    [Fact]
    public void The_sentence_is_cut_at_its_edges_and_long_contexts_are_shortened()
    {
        var text = "First sentence here. The second one names SMR clearly. A third follows.";
        var start = text.IndexOf("SMR", StringComparison.Ordinal);
        Assert.Equal("The second one names <mark>SMR</mark> clearly.", MentionCollector.Context(text, start, 3));

        var words = string.Join(' ', Enumerable.Repeat("word", 100));
        var longText = words + " scale-up " + words;
        var at = longText.IndexOf("scale-up", StringComparison.Ordinal);
        var context = MentionCollector.Context(longText, at, "scale-up".Length);
        Assert.StartsWith("\u2026", context);
        Assert.EndsWith("\u2026", context);
        Assert.Contains("<mark>scale-up</mark>", context);
        Assert.True(context.Length < 360, context);
    }
}
