using System.Text.Json;
using StaticReader.Tests.Reliability;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// Each content page gets a small preview file, <c>previews/&lt;slug&gt;.json</c>, which the client fetches on demand:
/// title, kind, summary, related terms, and the passages with their links; no page embeds preview data any more.
/// </summary>
public sealed class PreviewFileTests
{
    private static TempSite Site()
    {
        var site = new TempSite(copyTheme: true);
        site.Write("glossary/reactor.md", "---\ntitle: Reactor\nsummary: A machine that makes heat.\naliases: [reactors]\nkind: concept\nrelated: [pump]\n---\nBody.");
        site.Write("glossary/pump.md", "---\ntitle: Pump\nsummary: Moves water.\n---\nBody.");
        site.Write("texts/a.md", "---\ntitle: A\nsummary: The first text.\n---\nFirst, the reactors hum.\n\nThen see [[pump|the pump]] work.");
        return site;
    }

    [Fact]
    public void A_term_file_holds_its_card_and_related_terms()
    {
        using var site = Site();
        Assert.True(site.Build().Published);
        using var json = JsonDocument.Parse(site.ReadOutput("previews/reactor.json"));
        var root = json.RootElement;
        Assert.Equal("Reactor", root.GetProperty("title").GetString());
        Assert.Equal("/glossary/reactor/", root.GetProperty("url").GetString());
        Assert.Equal("term", root.GetProperty("kind").GetString());
        Assert.Equal("concept", root.GetProperty("termKind").GetString());
        Assert.Equal("A machine that makes heat.", root.GetProperty("summary").GetString());
        var related = Assert.Single(root.GetProperty("related").EnumerateArray());
        Assert.Equal(["pump", "Pump", "/glossary/pump/"], related.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_text_file_holds_each_passage_with_the_words_its_links_sit_on()
    {
        using var site = Site();
        Assert.True(site.Build().Published);
        using var json = JsonDocument.Parse(site.ReadOutput("previews/a.json"));
        var passages = json.RootElement.GetProperty("passages").EnumerateObject().ToList();
        Assert.Equal(2, passages.Count);

        var html = site.ReadOutput("texts/a/index.html");
        var linked = new List<(string Slug, string Words)>();
        foreach (var passage in passages)
        {
            Assert.Contains($"id=\"{passage.Name}\"", html); // the ids the page's passages carry
            var text = passage.Value[0].GetString()!;
            foreach (var link in passage.Value.EnumerateArray().Skip(1))
            {
                linked.Add((link[0].GetString()!, text.Substring(link[1].GetInt32(), link[2].GetInt32())));
            }
        }

        Assert.Equal([("reactor", "reactors"), ("pump", "the pump")], linked);
        var targets = json.RootElement.GetProperty("targets");
        Assert.Equal("/glossary/reactor/", targets.GetProperty("reactor").GetString());
        Assert.Equal("/glossary/pump/", targets.GetProperty("pump").GetString());
    }

    [Fact]
    public void Pages_embed_no_preview_data_and_every_content_page_has_a_file()
    {
        using var site = Site();
        Assert.True(site.Build().Published);
        foreach (var page in HtmlPages.All(site.Output))
        {
            Assert.DoesNotContain("preview-data", File.ReadAllText(Path.Combine(site.Output, page)));
        }

        Assert.Equal(["a.json", "pump.json", "reactor.json"],
            Directory.GetFiles(Path.Combine(site.Output, "previews")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("data-previews=\"/previews/\"", site.ReadOutput("texts/a/index.html"));
    }
}
