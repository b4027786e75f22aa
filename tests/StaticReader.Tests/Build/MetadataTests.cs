using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>Canonical URLs, Open Graph and Twitter cards, and JSON-LD of each page kind.</summary>
public sealed class MetadataTests
{
    [Theory]
    [InlineData("texts/t/index.html", "Article", "article")]
    [InlineData("glossary/reactor/index.html", "DefinedTerm", "website")]
    [InlineData("glossary/index.html", "DefinedTermSet", "website")]
    [InlineData("index.html", "WebSite", "website")]
    public void Page_carries_canonical_open_graph_and_json_ld(string path, string schemaType, string ogType)
    {
        using var site = new TempSite();
        site.Write("glossary/reactor.md", "---\ntitle: Reactor\nsummary: A \"machine\" <b>.\naliases: [reactors]\n---\nBody.");
        site.Write("texts/t.md", "---\ntitle: T\ndate: 2025-06-01\n---\nReactors hum.");
        Assert.True(site.Build().Published);

        var document = new HtmlParser().ParseDocument(site.ReadOutput(path));
        var canonical = document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.StartsWith("https://test.example/", canonical);
        Assert.Equal(canonical, document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal(ogType, document.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.NotNull(document.QuerySelector("meta[name='twitter:card']"));

        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        Assert.Equal(schemaType, json.RootElement.GetProperty("@type").GetString());
        if (schemaType == "DefinedTerm")
        {
            Assert.Equal("A \"machine\" <b>.", json.RootElement.GetProperty("description").GetString());
            Assert.Equal("DefinedTermSet", json.RootElement.GetProperty("inDefinedTermSet").GetProperty("@type").GetString());
        }
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("texts/t/index.html")]
    [InlineData("404.html")]
    public void Page_has_a_favicon_that_exists_and_a_theme_colour_per_mode(string path)
    {
        using var site = new TempSite();
        site.Write("texts/t.md", "---\ntitle: T\n---\nText.");
        Assert.True(site.Build().Published);

        var document = new HtmlParser().ParseDocument(site.ReadOutput(path));
        var icon = document.QuerySelector("link[rel=icon]")!.GetAttribute("href")!;
        Assert.Matches(@"^/static/favicon\.[0-9a-f]{10}\.svg$", icon);
        Assert.StartsWith("<svg", site.ReadOutput(icon.TrimStart('/')));
        var colours = document.QuerySelectorAll("meta[name=theme-color]").Select(m => m.GetAttribute("media")).ToList();
        Assert.Equal(["(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"], colours);
    }
}
