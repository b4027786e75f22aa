using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>Collections are data: site.yml adds one (folder, URL, layout, auto-linking, sequence, feed) or changes a built-in one, with no C# change.</summary>
public sealed class CollectionTests
{
    private const string SiteYml = """
        title: Test site
        baseUrl: https://test.example/
        collections:
          interviews:
            title: Interviews
            sequence: true
            feed: true

        """;

    private static TempSite InterviewSite()
    {
        var site = new TempSite();
        site.Write("site.yml", SiteYml);
        site.Write("glossary/compute.md", "---\ntitle: Compute\nsummary: Processing power.\n---\nBody.");
        site.Write("interviews/ann.md", "---\ntitle: Talking to Ann\ndate: 2025-06-02\nguest: Ann Cao\ntopics: [chips, power]\n---\nAnn on compute and chips.");
        site.Write("interviews/bo.md", "---\ntitle: Talking to Bo\ndate: 2025-06-01\nguest: Bo\n---\nBo on the grid.");

        // The site's own layout for its new collection, beside the theme's (which it does not have to fork).
        site.Write("layouts/interview.html",
            "<article class=\"interview\"><h1>{{ page.title }}</h1><p class=\"guest\">{{ page.params.guest }}</p>" +
            "<p class=\"topics\">{{ page.params.topics | array.join \", \" }}</p>{{ page.body }}" +
            "{{ if page.next }}<a class=\"next\" href=\"{{ page.next.url }}\">next</a>{{ end }}</article>");
        return site;
    }

    [Fact]
    public void A_declared_collection_builds_with_its_own_layout_url_params_sequence_and_feed()
    {
        using var site = InterviewSite();
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));

        var ann = site.ReadOutput("interviews/ann/index.html");
        Assert.Contains("<article class=\"interview\"><h1>Talking to Ann</h1>", ann);
        Assert.Contains("<p class=\"guest\">Ann Cao</p>", ann);
        Assert.Contains("<p class=\"topics\">chips, power</p>", ann);
        Assert.Contains("href=\"/glossary/compute/\"", ann); // terms auto-link in a new collection by default
        Assert.Contains("<a class=\"next\" href=\"/interviews/bo/\">next</a>", ann); // a reading sequence, by slug
        Assert.Contains("<html", ann);

        Assert.Contains("https://test.example/interviews/ann/", site.ReadOutput("feed.xml"));
        Assert.Contains("https://test.example/interviews/bo/", site.ReadOutput("sitemap.xml"));
        Assert.Contains("Talking to Ann", site.ReadOutput("glossary/compute/index.html")); // backlinks from the new collection
    }

    [Fact]
    public void A_built_in_collection_can_move_to_another_url()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: T\nbaseUrl: https://test.example/\ncollections:\n  texts: { url: /read/:slug/ }\n  explainers:\n    url: /essays/{slug}/\n");
        site.Write("texts/roundup.md", "---\ntitle: Roundup\n---\nText.");
        site.Write("explainers/why.md", "---\ntitle: Why\n---\nBecause.");
        site.Write("pages/about.md", "---\ntitle: About\n---\nSee [[roundup]] and [[why]].");
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "essays", "why", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "read", "roundup", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "texts")));
        Assert.Contains("href=\"/read/roundup/\"", site.ReadOutput("about/index.html"));
    }

    [Theory]
    [InlineData("collections:\n  interviews: { url: /interviews/ }\n", 3, "must contain :slug")]
    [InlineData("collections:\n  interviews: { folder: texts }\n", 3, "which 'texts' already reads")]
    [InlineData("collections:\n  Interviews: {}\n", 3, "not a plain lower-case name")]
    [InlineData("collections:\n  interviews: { layuot: interview }\n", 3, "unknown collection setting 'layuot'")]
    [InlineData("collections: [interviews]\n", 2, "must be a map")]
    public void A_bad_collection_declaration_is_a_located_error(string yaml, int line, string message)
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: T\n" + yaml);
        site.Write("pages/about.md", "---\ntitle: About\n---\nText.");
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains(message));
        Assert.EndsWith("site.yml", error.Path);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_page_of_a_new_collection_without_its_layout_names_the_layouts_there_are()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: T\ncollections:\n  interviews: {}\n");
        site.Write("interviews/ann.md", "---\ntitle: Ann\n---\nText.");
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("unknown layout 'interview'"));
        Assert.Contains("input/layouts/interview.html", error.Hint);
    }
}
