using System.Text;
using StaticReader.Core.Rendering;

namespace StaticReader.Tests.Rendering;

/// <summary>Word counts behind the reading time: text outside tags, character references and dashes handled as a reader sees them.</summary>
public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData("<p>One two three.</p>", 3)]
    [InlineData("<p class=\"lede\" data-x=\"four five six\">One <a href=\"/glossary/smr/\">small modular</a> reactor.</p>", 4)]
    [InlineData("<p>AT&amp;T and Ola&#8217;s co-founders</p>", 4)]
    [InlineData("<p>chips—and power — both</p>", 4)]
    [InlineData("<p>Huawei’s CloudMatrix 384</p>", 3)]
    [InlineData("<p>中国的算力正在快速增长</p>", 6)]
    [InlineData("<p>算力 HBM</p>", 2)]
    [InlineData("", 0)]
    [InlineData("<p>naïve café, 2025-06-30</p>", 3)]
    [InlineData("<p>a<b>bc</b>d e&amp;f</p>", 4)]
    [InlineData("unclosed <p", 1)]
    public void Words_are_counted_outside_tags(string html, int words) =>
        Assert.Equal(words, ReadingTime.Words(Encoding.UTF8.GetBytes(html)));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(230, 1)]
    [InlineData(231, 2)]
    [InlineData(2300, 10)]
    public void Minutes_round_up_at_230_words_a_minute(int words, int minutes)
    {
        var html = "<p>" + string.Join(' ', Enumerable.Repeat("word", words)) + "</p>";
        Assert.Equal(minutes, ReadingTime.Minutes(Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void Texts_and_explainers_show_their_reading_time()
    {
        using var site = new StaticReader.Tests.Support.TempSite();
        site.Write("texts/t.md", "---\ntitle: T\n---\n" + string.Join(' ', Enumerable.Repeat("word", 300)));
        site.Write("explainers/e.md", "---\ntitle: E\n---\nShort. Links [[t]].");
        Assert.True(site.Build().Published);
        Assert.Contains("· 2 min read</p>", site.ReadOutput("texts/t/index.html"));
        Assert.Contains("· 1 min read</p>", site.ReadOutput("explainers/e/index.html"));
    }
}
