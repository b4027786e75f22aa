using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Epub;

/// <summary><c>epub: false</c>, and bad input for an EPUB: located errors, and a build that publishes nothing.</summary>
public sealed class EpubSettingsAndErrorTests
{
    private static TempSite SiteWithText(string body)
    {
        var site = new TempSite();
        site.WriteBytes("assets/pixel.png", OddSite.Pixel);
        site.Write("texts/t.md", "---\ntitle: T\ndate: 2024-01-01\n---\n" + body + "\n");
        return site;
    }

    [Fact]
    public void Epub_false_leaves_out_the_book_and_its_link()
    {
        using var site = SiteWithText("A text.");
        Assert.True(site.Build().Published);
        Assert.True(File.Exists(Path.Combine(site.Output, "texts/t/t.epub")));
        Assert.Contains("Download EPUB", site.ReadOutput("texts/t/index.html"));

        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/\nepub: false\n");
        var result = site.Build();
        Assert.True(result.Published);
        Assert.Empty(result.Diagnostics); // 'epub' is a known setting, not a typo
        Assert.False(File.Exists(Path.Combine(site.Output, "texts/t/t.epub")));
        Assert.DoesNotContain(".epub", site.ReadOutput("texts/t/index.html"));
    }

    [Fact]
    public void An_image_missing_from_assets_is_a_located_error_and_nothing_is_published()
    {
        using var site = SiteWithText("A text.");
        Assert.True(site.Build().Published);
        var before = TreeSnapshot.Of(site.Output);

        site.Write("texts/t.md", "---\ntitle: T\n---\nFirst paragraph.\n\nSee ![a chart](/assets/missing.png) here.\n");
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("texts/t.md", error.Path);
        Assert.Equal((6, 5), (error.Line, error.Column));
        Assert.Contains("/assets/missing.png", error.Message);
        Assert.Equal(before, TreeSnapshot.Of(site.Output));
    }

    [Fact]
    public void An_image_an_epub_cannot_hold_is_an_error_at_the_markdown_and_nothing_is_published()
    {
        // A BMP is a file of the site, so the web page shows it, but it is no core media type of EPUB.
        using var site = SiteWithText("A text.");
        Assert.True(site.Build().Published);
        var before = TreeSnapshot.Of(site.Output);

        site.WriteBytes("assets/scan.bmp", [0x42, 0x4D, 0, 0]);
        site.Write("texts/t.md", "---\ntitle: T\n---\nOne.\n\nTwo ![a scan](/assets/scan.bmp).\n");
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("texts/t.md", error.Path);
        Assert.Equal((6, 5), (error.Line, error.Column));
        Assert.Contains("not a PNG, JPEG, GIF or SVG", error.Message);
        Assert.NotNull(error.Hint);
        Assert.Equal(before, TreeSnapshot.Of(site.Output));
    }

    [Fact]
    public void An_image_from_assets_is_inside_the_book_and_listed_in_its_manifest()
    {
        using var site = SiteWithText("![A pixel](/assets/pixel.png)");
        Assert.True(site.Build().Published);
        var book = new EpubContents(Path.Combine(site.Output, "texts/t/t.epub"));
        var image = book.Xml("EPUB/text.xhtml").Descendants(EpubContents.Xhtml + "img").Single();
        var src = (string)image.Attribute("src")!;
        Assert.Equal(OddSite.Pixel, book.Entries.Single(e => e.Name == "EPUB/" + src).Content);
        var item = book.Xml("EPUB/package.opf").Descendants(EpubContents.Opf + "item").Single(i => (string?)i.Attribute("href") == src);
        Assert.Equal("image/png", (string?)item.Attribute("media-type"));
    }
}
