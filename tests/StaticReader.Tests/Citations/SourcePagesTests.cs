using AngleSharp.Html.Parser;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Citations;

/// <summary>Source pages with "Cited in", the /sources/ index, each citing page's "Sources" list, JSON-LD and checks.</summary>
public sealed class SourcePagesTests
{
    private static TempSite CitingSite(string siteYml = "")
    {
        var site = new TempSite();
        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/base/\n" + siteYml);
        site.Write("sources/reuters-official.md",
            "---\ntitle: \"DeepSeek aids China's military, U.S. official says\"\noutlet: Reuters\ndate: 2025-06-23\ntype: article\nurl: https://example.com/reuters\n---\nReuters' report of an interview. More here.");
        site.Write("sources/hass.md", "---\ntitle: \"[Ryan Hass's commentary]\"\nauthors: [Ryan Hass]\npublisher: Brookings Institution\ndate: 2025-06\ntype: web\n---\nHass argues otherwise.");
        site.Write("sources/library.json", "[{ \"id\": \"uncited\", \"title\": \"Nobody cites me\", \"type\": \"report\", \"publisher\": \"IEA\", \"issued\": { \"date-parts\": [[2025, 4]] } }]");
        site.Write("texts/roundup.md", "---\ntitle: Roundup\n---\nThe official made a claim.[^claim] Hass disagreed [-@hass].\n\nAnother passage.\n\n[^claim]: A US official alleged it [@reuters-official, para. 2].");
        site.Write("explainers/why.md", "---\ntitle: Why\n---\nFirst a claim [@reuters-official; @hass]. Then more.");
        return site;
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(TempSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    [Fact]
    public void A_source_page_shows_its_reference_and_every_citing_sentence_with_a_link_to_the_passage()
    {
        using var site = CitingSite();
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));

        var page = Page(site, "sources/reuters-official/index.html");
        Assert.Contains("Reuters. 2025. \u201CDeepSeek aids China's military, U.S. official says.\u201D 23 June 2025.", page.QuerySelector(".reference-text")!.TextContent);
        Assert.Equal("https://example.com/reuters", page.QuerySelector(".reference-link")!.GetAttribute("href"));
        Assert.Equal("Cited in", page.QuerySelector("#backlinks-title")!.TextContent);
        var mentions = page.QuerySelectorAll("a.mention").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(mentions, m => m.Item1 == "/base/texts/roundup/#note-claim" && m.TextContent.Contains("A US official alleged it (Reuters, 2025, para. 2)."));
        Assert.Contains(mentions, m => m.Item1!.StartsWith("/base/explainers/why/#p-", StringComparison.Ordinal) && m.TextContent.Contains("First a claim (Reuters, 2025; Hass, 2025)."));

        // Every mention's anchor exists on the citing page.
        foreach (var (href, _) in mentions)
        {
            var (path, anchor) = (href!.Split('#')[0], href.Split('#')[1]);
            var target = Page(site, path["/base/".Length..] + "index.html");
            Assert.NotNull(target.GetElementById(anchor));
        }
    }

    [Fact]
    public void A_reference_with_many_authors_ends_et_al_with_one_full_stop()
    {
        using var site = new TempSite();
        site.Write("sources/paper.md", "---\ntitle: A paper\nauthors: [Ann One, Bo Two, Cy Three, Di Four, Ed Five]\npublisher: arXiv\ndate: 2025-06-15\ntype: paper\n---\nWhat it says.");
        site.Write("texts/t.md", "---\ntitle: T\n---\nA claim [@paper].");
        Assert.True(site.Build().Published);
        var reference = Page(site, "sources/paper/index.html").QuerySelector(".reference-text")!.TextContent;
        Assert.Contains("et al. 2025.", reference);
        Assert.DoesNotContain("..", reference);
    }

    [Fact]
    public void A_citing_page_ends_with_its_sources_and_carries_them_in_json_ld()
    {
        using var site = CitingSite();
        Assert.True(site.Build().Published);
        var text = Page(site, "texts/roundup/index.html");
        var list = text.QuerySelectorAll(".bibliography li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, list.Count);
        Assert.StartsWith("Ryan Hass. 2025. [Ryan Hass's commentary]. Brookings Institution, June 2025.", list[0]); // by author
        Assert.StartsWith("Reuters. 2025.", list[1]);
        Assert.Equal("/base/sources/hass/", text.QuerySelector(".citation-link")!.GetAttribute("href"));
        Assert.Equal("hass", text.QuerySelector(".citation-link")!.GetAttribute("data-preview"));

        var jsonLd = text.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("\"citation\":[{\"@type\":\"WebPage\",\"name\":\"[Ryan Hass\\u0027s commentary]\"", jsonLd);
        Assert.Contains("\"url\":\"https://example.com/reuters\"", jsonLd);
    }

    [Fact]
    public void The_numeric_style_numbers_the_list_in_citation_order()
    {
        using var site = CitingSite("citations: numeric\n");
        Assert.True(site.Build().Published);
        var explainer = Page(site, "explainers/why/index.html");
        Assert.Equal("[1, 2]", explainer.QuerySelector(".citation")!.TextContent);
        var items = explainer.QuerySelectorAll(".bibliography ol li").Select(li => li.TextContent).ToList();
        Assert.StartsWith("Reuters.", items[0]);
        Assert.StartsWith("Ryan Hass.", items[1]);
    }

    [Fact]
    public void The_sources_index_groups_sources_by_outlet_with_dates()
    {
        using var site = CitingSite();
        Assert.True(site.Build().Published);
        var index = Page(site, "sources/index.html");
        var groups = index.QuerySelectorAll(".source-group h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Brookings Institution 1", "IEA 1", "Reuters 1"], groups);
        var reuters = index.QuerySelector("#group-reuters")!.ParentElement!;
        Assert.Contains("23 June 2025", reuters.TextContent);
        Assert.Equal("/base/sources/reuters-official/", reuters.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("/base/sources/", site.ReadOutput("sitemap.xml").Replace("https://test.example", ""));

        // Also by date, newest first.
        var byDate = index.QuerySelectorAll("#by-date ~ ol a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/base/sources/reuters-official/", "/base/sources/hass/", "/base/sources/uncited/"], byDate);
    }

    [Fact]
    public void Check_warns_about_a_source_nothing_cites_and_an_unknown_key_fails_the_build()
    {
        using var site = CitingSite();
        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output, Check: true));
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning && d.Path.Contains("sources", StringComparison.Ordinal));
        Assert.Equal("the source 'uncited' is never cited", warning.Message);
        Assert.EndsWith("sources/library.json", warning.Path);

        site.Write("explainers/why.md", "---\ntitle: Why\n---\nFirst a claim [@reuters-oficial].");
        var failed = site.Build();
        Assert.False(failed.Published);
        var error = Assert.Single(failed.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((4, 16), (error.Line, error.Column)); // at the key's @
        Assert.Equal("unknown source key 'reuters-oficial' (did you mean 'reuters-official'?)", error.Message);
    }
}
