using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// Internal markdown links and images are resolved at build time: a broken one fails the build at the markdown's
/// file:line:column with the nearest existing URL or anchor, and site-rooted ones follow the site's base path.
/// </summary>
public sealed class ContentLinkTests
{
    private static TempSite Site(string baseUrl = "https://test.example/")
    {
        var site = new TempSite();
        site.Write("site.yml", $"title: T\nbaseUrl: {baseUrl}\n");
        site.Write("glossary/scale.md", "---\ntitle: Scale\nsummary: Size.\n---\nBody.\n\n## Laws\n\nThey hold.");
        site.WriteBytes("assets/chart.png", [0x89, 0x50, 0x4E, 0x47]);
        return site;
    }

    private static List<Diagnostic> Errors(TempSite site)
    {
        var result = site.Build();
        Assert.False(result.Published);
        return result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    [Fact]
    public void A_missing_image_fails_the_build_at_the_markdown()
    {
        using var site = Site();
        site.Write("texts/t.md", "---\ntitle: T\n---\nFirst.\n\nSee ![a chart](/assets/chrat.png) here.");
        var error = Assert.Single(Errors(site));
        Assert.Equal("input/texts/t.md", error.Path[error.Path.IndexOf("input/", StringComparison.Ordinal)..]);
        Assert.Equal((6, 5), (error.Line, error.Column));
        Assert.Equal("the image '/assets/chrat.png' points to a file that does not exist", error.Message);
        Assert.Equal("did you mean /assets/chart.png?", error.Hint);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_link_to_a_mistyped_page_suggests_the_nearest_url()
    {
        using var site = Site();
        site.Write("texts/t.md", "---\ntitle: T\n---\nRead [x](/glossary/scal/).");
        var error = Assert.Single(Errors(site));
        Assert.Equal((4, 6), (error.Line, error.Column));
        Assert.Equal("the link '/glossary/scal/' points to a page or file that does not exist", error.Message);
        Assert.Equal("did you mean /glossary/scale/?", error.Hint);
    }

    [Fact]
    public void A_missing_anchor_on_this_page_or_another_is_an_error_with_the_nearest_anchor()
    {
        using var site = Site();
        site.Write("texts/t.md", "---\ntitle: T\n---\n## Background\n\nSee [y](#no-such-anchor) and [z](#backgrund).\n\nAlso [w](/glossary/scale/#law).");
        var errors = Errors(site);
        Assert.Equal(3, errors.Count);
        Assert.Equal("the link '#no-such-anchor' points to an anchor '#no-such-anchor' that 'T' does not have", errors[0].Message);
        Assert.Equal((6, 5), (errors[0].Line, errors[0].Column));
        Assert.Equal("did you mean #background?", errors[1].Hint);
        Assert.Equal("did you mean #laws?", errors[2].Hint);
    }

    [Fact]
    public void Links_to_pages_generated_pages_assets_and_layout_ids_resolve()
    {
        using var site = Site();
        site.Write("texts/t.md", "---\ntitle: T\n---\n## Background\n\n[a](/glossary/scale/#laws) [b](/glossary/) [c](/) [d](/feed.xml) [e](#background) [f](#main) " +
            "[g](../../glossary/scale/) [h](/glossary/scale) ![i](/assets/chart.png) [j](/search/?q=x) [k](/texts/)");
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Site_rooted_links_and_images_follow_the_base_path_and_are_never_doubled()
    {
        using var site = Site("https://example.org/reader");
        site.Write("texts/t.md", "---\ntitle: T\n---\n![chart](/assets/chart.png) [scale](/glossary/scale/) [again](/reader/glossary/scale/#laws) [here](#p-x) {#p-x}");
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("texts/t/index.html");
        Assert.Contains("src=\"/reader/assets/chart.png\"", html);
        Assert.Contains("href=\"/reader/glossary/scale/\"", html);
        Assert.Contains("href=\"/reader/glossary/scale/#laws\"", html);
        Assert.DoesNotContain("/reader/reader/", html);
        Assert.DoesNotContain("\"/assets/chart.png\"", html);
    }

    [Fact]
    public void The_check_command_reports_no_second_error_for_the_same_image()
    {
        using var site = Site();
        site.Write("texts/t.md", "---\ntitle: T\n---\nSee ![a chart](/assets/gone.png).");
        var result = Core.Pipeline.SiteBuilder.Build(new Core.Pipeline.BuildOptions(site.Input, site.Theme, site.Output, Check: true));
        Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }
}
