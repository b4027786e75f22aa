using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// Pages are rendered into per-thread buffers that grow, and are dropped when one page made them very large
/// (ReusableOutput, PageWriter): a page far larger than those buffers is written whole, and so are the pages after it.
/// </summary>
public sealed class LargePageTests
{
    [Fact]
    public void A_page_of_several_megabytes_and_the_small_pages_after_it_are_written_whole()
    {
        using var site = new TempSite(copyTheme: true);
        site.WriteTheme("layouts/text.html", "<main>{{ page.body }}</main><p>end of {{ page.title }}</p>");
        var paragraphs = string.Join("\n\n", Enumerable.Range(0, 40_000).Select(i => $"Paragraph {i} of a very long text about compute."));
        site.Write("texts/big.md", "---\ntitle: Big\n---\n" + paragraphs + "\n\nThe last paragraph.");
        for (var i = 0; i < 20; i++)
        {
            site.Write($"texts/small-{i:D2}.md", $"---\ntitle: Small {i}\n---\nA short text, number {i}.");
        }

        var result = site.Build();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var big = site.ReadOutput("texts/big/index.html");
        Assert.True(big.Length > 2_000_000, $"the big page is {big.Length} characters");
        Assert.Contains("Paragraph 39999 of a very long text", big);
        Assert.Contains("The last paragraph.</p>", big);
        Assert.Contains("<p>end of Big</p>", big);
        Assert.EndsWith("</html>", big.TrimEnd()); // the base layout's end: the page was not cut
        for (var i = 0; i < 20; i++)
        {
            var small = site.ReadOutput($"texts/small-{i:D2}/index.html");
            Assert.Contains($"A short text, number {i}.", small);
            Assert.Contains($"<p>end of Small {i}</p>", small);
            Assert.EndsWith("</html>", small.TrimEnd());
            Assert.DoesNotContain("Paragraph 0 of", small); // nothing left over from the big page in a reused buffer
        }
    }

    /// <summary>
    /// The converter encodes a page's HTML from its builder's chunks; a page of emoji (each a surrogate pair) is long
    /// enough for some chunk to end between the two halves of one, and every emoji still comes out whole.
    /// </summary>
    [Fact]
    public void Characters_outside_the_basic_plane_survive_the_chunked_encoding()
    {
        using var site = new TempSite(copyTheme: true);
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 30_000));
        site.Write("texts/emoji.md", "---\ntitle: Emoji\n---\nSmiles: " + emoji + " end.\n\nA second " + emoji + " paragraph.");

        var result = site.Build();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("texts/emoji/index.html");
        Assert.DoesNotContain('\uFFFD', html);
        Assert.Contains("Smiles: " + emoji + " end.", html);
        Assert.Contains("A second " + emoji + " paragraph.", html);
    }
}
