using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>site.yml settings that change what is built.</summary>
public sealed class SiteSettingsTests
{
    [Fact]
    public void Search_is_built_by_default_and_can_be_turned_off()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nHello.");
        Assert.True(site.Build().Published);
        Assert.True(File.Exists(Path.Combine(site.Output, "search", "meta.json")), "sharded by default");
        Assert.False(File.Exists(Path.Combine(site.Output, "search", "index.json")));
        Assert.Contains("data-meta=\"/search/meta.json\"", site.ReadOutput("about/index.html"));

        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/\nsearch: lunr\n");
        Assert.True(site.Build().Published);
        Assert.True(File.Exists(Path.Combine(site.Output, "search", "index.json")));
        Assert.True(File.Exists(Path.Combine(site.Output, "search", "docs.json")));
        Assert.False(File.Exists(Path.Combine(site.Output, "search", "meta.json")));
        Assert.Contains("data-index=\"/search/index.json\"", site.ReadOutput("about/index.html"));

        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/\nsearch: false\n");
        Assert.True(site.Build().Published);
        Assert.False(File.Exists(Path.Combine(site.Output, "search", "index.json")));
        Assert.False(File.Exists(Path.Combine(site.Output, "search", "meta.json")));
        Assert.False(File.Exists(Path.Combine(site.Output, "search", "index.html")), "no search page without search");
        var page = site.ReadOutput("about/index.html");
        Assert.DoesNotContain("site-search", page); // no search box that could only fail
        Assert.DoesNotContain("js/search.", page);
        Assert.DoesNotContain("/search/", page + site.ReadOutput("404.html")); // no link to a page that is not there
    }

    [Fact]
    public void An_unknown_search_setting_is_an_error_with_a_hint()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/\nsearch: pagefind\n");
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("search setting", StringComparison.Ordinal));
        Assert.Contains("search: lunr", error.Hint);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Turning_search_off_changes_no_page_content()
    {
        // Without search a passage keeps only the start of its text (its id's source) unless it links to a page:
        // ids, mentions and their sentences must come out exactly as with search on.
        using var site = new TempSite(copyTheme: true);
        site.Write("glossary/reactor.md", "---\ntitle: Reactor\nsummary: A machine.\naliases: [reactors]\n---\nBody.");
        var longPassage = string.Join(' ', Enumerable.Repeat("Words that run well past the eighty characters a passage id is made from.", 4));
        site.Write("texts/a.md", $"---\ntitle: A\n---\n{longPassage}\n\nA second passage long enough to be cut, and then, much later on, the reactors hum in its last sentence.\n\n- a list item\n- {longPassage}\n\n> {longPassage}\n");
        // b links to no page, so without search its passages keep only the start of their text: the path under test.
        // Its first words are split across inlines, so a cut in the wrong place would show in the ids.
        var splitOpening = "*Words* that **run** `well` past " + longPassage;
        site.Write("texts/b.md", $"---\ntitle: B\n---\n{splitOpening}\n\n{splitOpening}\n\n> {splitOpening}\n");
        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/\nsearch: true\n");
        Assert.True(site.Build().Published);
        var withSearch = new[] { "texts/a/index.html", "texts/b/index.html", "glossary/reactor/index.html" }.Select(MainOf).ToList();

        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/\nsearch: false\n");
        Assert.True(site.Build().Published);
        var withoutSearch = new[] { "texts/a/index.html", "texts/b/index.html", "glossary/reactor/index.html" }.Select(MainOf).ToList();

        Assert.Contains("the <mark>reactors</mark> hum in its last sentence", withoutSearch[2]);
        Assert.Contains("id=\"p-words-that-run-well-2\"", withoutSearch[1]); // repeated openings still get distinct ids
        Assert.Equal(withSearch, withoutSearch);

        string MainOf(string path)
        {
            var html = site.ReadOutput(path);
            var start = html.IndexOf("<main", StringComparison.Ordinal);
            return html[start..(html.IndexOf("</main>", start, StringComparison.Ordinal) + 7)];
        }
    }

    [Fact]
    public void Base_url_with_a_path_prefixes_every_link()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/reader/\n");
        site.Write("texts/t.md", "---\ntitle: T\n---\nSee [[about]].");
        site.Write("pages/about.md", "---\ntitle: About\n---\nHello.");
        Assert.True(site.Build().Published);
        var html = site.ReadOutput("texts/t/index.html");
        Assert.Contains("href=\"/reader/about/\"", html);
        Assert.Contains("https://test.example/reader/texts/t/", html);
        Assert.DoesNotContain("href=\"/about/\"", html);
    }

    [Fact]
    public void Redirect_from_becomes_netlify_redirects()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\nredirect_from: [/old-about/, info]\n---\nHello.");
        Assert.True(site.Build().Published);
        Assert.Equal("/old-about/ /about/ 301\n/info /about/ 301\n", site.ReadOutput("_redirects"));
    }
}
