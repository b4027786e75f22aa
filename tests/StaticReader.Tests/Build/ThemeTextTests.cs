using StaticReader.Cli;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>Theme text that fits any site, not only the demo (issue 15, item 11).</summary>
public sealed class ThemeTextTests
{
    private static TempSite OneOfEach()
    {
        var site = new TempSite();
        site.Write("site.yml", "title: T\ndescription: A site about latency.\nbaseUrl: https://t.example/\n");
        site.Write("texts/only.md", "---\ntitle: Only\n---\nLatency ==matters==[^n].\n\n[^n]: A note.");
        site.Write("glossary/latency.md", "---\ntitle: Latency\nsummary: Delay.\n---\nBody.");
        site.Write("explainers/why.md", "---\ntitle: Why\n---\nNo summary here.");
        return site;
    }

    [Fact]
    public void Counts_of_one_are_singular()
    {
        using var site = OneOfEach();
        Assert.True(site.Build().Published);
        Assert.Contains("· 1 note</p>", site.ReadOutput("texts/only/index.html"));
        var home = site.ReadOutput("index.html");
        Assert.Contains("1 term, each with a short definition", home);
        Assert.DoesNotContain("chips and data centres", home);
        Assert.Contains("1 term used in the text and the explainer.", site.ReadOutput("glossary/index.html"));
        Assert.Equal("1 page", BuildReporter.Count(1, "page"));
        Assert.Equal("3 annotations", BuildReporter.Count(3, "annotation"));
        Assert.Equal("0 terms", BuildReporter.Count(0, "term"));
    }

    [Fact]
    public void The_glossary_speaks_of_texts_when_there_are_several()
    {
        using var site = OneOfEach();
        site.Write("texts/second.md", "---\ntitle: Second\n---\nMore latency.");
        Assert.True(site.Build().Published);
        Assert.Contains("1 term used in the texts and the explainer.", site.ReadOutput("glossary/index.html"));
    }

    [Fact]
    public void A_page_without_summary_is_described_by_the_site_and_never_by_an_empty_string()
    {
        using var site = OneOfEach();
        Assert.True(site.Build().Published);
        var html = site.ReadOutput("explainers/why/index.html");
        Assert.Contains("<meta name=\"description\" content=\"A site about latency.\">", html);
        Assert.DoesNotContain("content=\"\"", html);

        site.Write("site.yml", "title: T\nbaseUrl: https://t.example/\n");
        Assert.True(site.Build().Published);
        html = site.ReadOutput("explainers/why/index.html");
        Assert.DoesNotContain("name=\"description\"", html);
        Assert.DoesNotContain("content=\"\"", html);
    }

    [Fact]
    public void Texts_have_an_index_page_linked_from_their_breadcrumbs()
    {
        using var site = OneOfEach();
        Assert.True(site.Build().Published);
        var index = site.ReadOutput("texts/index.html");
        Assert.Contains("<h1 id=\"page-title\">Texts</h1>", index);
        Assert.Contains("href=\"/texts/only/\"", index);
        Assert.Contains("<a href=\"/texts/\">Texts</a>", site.ReadOutput("texts/only/index.html"));
    }

    [Fact]
    public void Init_puts_texts_in_the_nav()
    {
        var root = Path.Combine(Path.GetTempPath(), "sr-init-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (code, _, stderr) = CliProcess.Run(Path.GetTempPath(), "init", root);
            Assert.True(code == 0, stderr);
            Assert.Contains("url: /texts/", File.ReadAllText(Path.Combine(root, "input", "site.yml")));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("4913", true)]
    [InlineData("sedAb12Cd", true)]
    [InlineData("scale.md~", true)]
    [InlineData(".scale.md.swp", true)]
    [InlineData("scale.md.swp", true)]
    [InlineData("#scale.md#", true)]
    [InlineData("scale.md", false)]
    [InlineData("site.yml", false)]
    [InlineData("sediment.md", false)]
    [InlineData("2025-report.md", false)]
    public void Serve_ignores_editor_temporary_files(string name, bool temporary) =>
        Assert.Equal(temporary, EditorTempFiles.IsTemporary(Path.Combine("input", "glossary", name)));
}
