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
        Assert.True(File.Exists(Path.Combine(site.Output, "search", "index.json")));

        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/\nsearch: false\n");
        Assert.True(site.Build().Published);
        Assert.False(File.Exists(Path.Combine(site.Output, "search", "index.json")));
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
