using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>Dated updates and corrections: the page's section, the feed's dates, and the errors a writer can make.</summary>
public sealed class CorrectionsTests
{
    private const string Front = "---\ntitle: Chips\ndate: 2025-06-20\nupdated: 2025-07-01\ncorrections:\n" +
        "  - { date: 2025-06-25, text: \"The cluster has 384 chips, not 348.\" }\n" +
        "  - { date: 2025-07-03, text: \"Huawei's name for it is CloudMatrix 384.\" }\n---\n";

    [Fact]
    public void A_corrected_page_lists_its_corrections_and_the_feed_reannounces_it()
    {
        using var site = new TempSite();
        site.Write("explainers/chips.md", Front + "Body.");
        site.Write("explainers/other.md", "---\ntitle: Other\ndate: 2025-06-01\n---\nLinks [[chips]].");
        Assert.True(site.Build().Published);

        var page = new HtmlParser().ParseDocument(site.ReadOutput("explainers/chips/index.html"));
        var section = page.QuerySelector("section.corrections")!;
        Assert.Equal("Updates and corrections", section.QuerySelector("h2")!.TextContent);
        Assert.Contains("Last updated 1 July 2025.", section.TextContent);
        var items = section.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(["25 June 2025: The cluster has 384 chips, not 348.", "3 July 2025: Huawei's name for it is CloudMatrix 384."], items);
        Assert.Null(new HtmlParser().ParseDocument(site.ReadOutput("explainers/other/index.html")).QuerySelector("section.corrections"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(site.ReadOutput("feed.xml"));
        var entry = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value == "Chips");
        Assert.Equal("2025-07-03T00:00:00Z", entry.Element(atom + "updated")!.Value);
        Assert.Equal("2025-06-20T00:00:00Z", entry.Element(atom + "published")!.Value);
        Assert.Equal("2025-07-03T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
        var other = feed.Root.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value == "Other");
        Assert.Null(other.Element(atom + "published"));
    }

    [Theory]
    [InlineData("corrections:\n  - { text: \"No date.\" }", 5, "a correction has no 'date'")]
    [InlineData("corrections:\n  - { date: 2025-06, text: \"A month.\" }", 5, "a correction's date must be a real day")]
    [InlineData("corrections:\n  - { date: 2025-06-02 }", 5, "the correction of 2025-06-02 has no 'text'")]
    [InlineData("corrections: fixed a typo", 4, "'corrections' must be a list of entries")]
    [InlineData("updated: last week", 4, "'updated' must be a real date")]
    public void A_malformed_correction_is_an_error_at_its_line(string yaml, int line, string message)
    {
        using var site = new TempSite();
        site.Write("explainers/chips.md", "---\ntitle: Chips\ndate: 2025-06-20\n" + yaml + "\n---\nBody.");
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal(line, error.Line);
        Assert.NotNull(error.Hint);
    }
}
