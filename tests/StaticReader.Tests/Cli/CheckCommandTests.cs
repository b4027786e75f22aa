using StaticReader.Tests.Support;

namespace StaticReader.Tests.Cli;

/// <summary><c>staticreader check</c>: one test per rule, each finding as file:line:column.</summary>
public sealed class CheckCommandTests
{
    private static TempSite Site()
    {
        var site = new TempSite();
        site.Write("site.yml", "title: T\nbaseUrl: https://t.example/\nnav:\n  - { title: About, url: /about/ }\n");
        site.Write("pages/about.md", "---\ntitle: About\n---\nSee [[a-text]].");
        site.Write("texts/a-text.md", "---\ntitle: A text\n---\nReactors matter.");
        site.Write("glossary/reactor.md", "---\ntitle: Reactor\nsummary: A machine.\naliases: [reactors]\n---\nBody.");
        return site;
    }

    [Fact]
    public void A_clean_site_passes_strict()
    {
        using var site = Site();
        var (code, stdout, stderr) = CliProcess.Run(site.Root, "check", "--strict", "--theme", site.Theme);
        Assert.True(code == 0, stderr);
        Assert.Contains("internal links checked", stdout);
        Assert.False(Directory.Exists(site.Output), "check must not write output/");
    }

    [Fact]
    public void Broken_internal_link_is_an_error_at_its_position()
    {
        using var site = Site();
        site.Write("texts/a-text.md", "---\ntitle: A text\n---\nReactors matter. [Gone](/nowhere/)");
        var (code, _, stderr) = CliProcess.Run(site.Root, "check", "--theme", site.Theme);
        Assert.Equal(1, code);
        // At the markdown, not at the built HTML in check's scratch folder.
        Assert.Contains("input/texts/a-text.md:4:18: error: the link '/nowhere/' points to a page or file that does not exist", stderr);
        Assert.DoesNotContain("index.html", stderr);
    }

    [Fact]
    public void A_broken_link_written_by_a_layout_is_reported_at_the_layout_line()
    {
        var site = new TempSite(copyTheme: true);
        using (site)
        {
            site.Write("site.yml", "title: T\nbaseUrl: https://t.example/\n");
            site.Write("texts/a-text.md", "---\ntitle: A text\n---\nReactors matter.");
            var layout = Path.Combine(site.Theme, "layouts", "text.html");
            File.WriteAllText(layout, "<p><a href=\"/gone/\">gone</a></p>\n" + File.ReadAllText(layout));
            var (code, _, stderr) = CliProcess.Run(site.Root, "check", "--theme", site.Theme);
            Assert.Equal(1, code);
            Assert.Contains("theme/layouts/text.html:1:13: error: the link '/gone/' points to a page or file that does not exist (on the built page texts/a-text/index.html)", stderr);
            Assert.DoesNotContain("staticreader-check", stderr);
        }
    }

    [Fact]
    public void Missing_anchor_is_an_error()
    {
        using var site = Site();
        site.Write("texts/a-text.md", "---\ntitle: A text\n---\nReactors matter. [Where](/about/#nowhere)");
        var (code, _, stderr) = CliProcess.Run(site.Root, "check", "--theme", site.Theme);
        Assert.Equal(1, code);
        Assert.Contains("input/texts/a-text.md:4:18: error: the link '/about/#nowhere' points to an anchor '#nowhere' that 'About' does not have", stderr);
    }

    [Fact]
    public void Missing_image_or_asset_is_an_error()
    {
        using var site = Site();
        site.Write("texts/a-text.md", "---\ntitle: A text\n---\nReactors matter. ![Chart](/assets/chart.png)");
        var (code, _, stderr) = CliProcess.Run(site.Root, "check", "--theme", site.Theme);
        Assert.Equal(1, code);
        Assert.Contains("input/texts/a-text.md:4:18: error: the image '/assets/chart.png' points to a file that does not exist", stderr);
        Assert.Single(stderr.Split('\n'), l => l.Contains("chart.png", StringComparison.Ordinal) && l.Contains("error", StringComparison.Ordinal));

        site.WriteBytes("assets/chart.png", [0x89, 0x50, 0x4E, 0x47]);
        Assert.Equal(0, CliProcess.Run(site.Root, "check", "--theme", site.Theme).Code);
    }

    [Fact]
    public void Term_never_mentioned_is_a_warning_and_fails_only_strict()
    {
        using var site = Site();
        site.Write("glossary/lonely.md", "---\ntitle: Lonely\nsummary: Nobody mentions it.\n---\nBody.");
        var (code, _, stderr) = CliProcess.Run(site.Root, "check", "--theme", site.Theme);
        Assert.Equal(0, code);
        Assert.Contains("input/glossary/lonely.md:1:1: warning: the term 'Lonely' is never mentioned", stderr);
        Assert.Equal(1, CliProcess.Run(site.Root, "check", "--strict", "--theme", site.Theme).Code);
    }

    [Fact]
    public void Page_nothing_links_to_is_a_warning()
    {
        using var site = Site();
        site.Write("pages/orphan.md", "---\ntitle: Orphan\n---\nAlone.");
        var (code, _, stderr) = CliProcess.Run(site.Root, "check", "--theme", site.Theme);
        Assert.Equal(0, code);
        Assert.Contains("input/pages/orphan.md:1:1: warning: nothing links to 'Orphan'", stderr);
    }

    [Fact]
    public void Term_without_summary_is_an_error()
    {
        using var site = Site();
        site.Write("glossary/bare.md", "---\ntitle: Bare\n---\nReactors.");
        var (code, _, stderr) = CliProcess.Run(site.Root, "check", "--theme", site.Theme);
        Assert.Equal(1, code);
        Assert.Contains("input/glossary/bare.md:1:1: error: the glossary term 'Bare' has no 'summary'", stderr);
    }
}
