using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>The table of contents reads a heading as a reader sees it, links and terms included.</summary>
public sealed class TableOfContentsTests
{
    [Fact]
    public void A_heading_with_a_wikilink_keeps_the_link_text_in_the_table_of_contents()
    {
        using var site = new TempSite(copyTheme: true);
        site.WriteTheme("layouts/explainer.html", "<ol class=\"toc-test\">{{ for h in page.toc }}<li>{{ h.text }}</li>{{ end }}</ol>");
        site.Write("glossary/first-term.md", "---\ntitle: First term\nsummary: A term.\n---\nBody.");
        site.Write("explainers/why.md", "---\ntitle: Why\n---\n## Why [[first-term]] matters\n\nText.\n\n## And [[first-term|the other name]] too\n\nMore.");
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var page = site.ReadOutput("explainers/why/index.html");
        Assert.Contains("<li>Why First term matters</li>", page);
        Assert.Contains("<li>And the other name too</li>", page);
    }
}
