using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>Light and dark follow the system, the toggle persists, and the mode is set before first paint.</summary>
[Collection(SiteCollection.Name)]
public sealed class ThemeModeTests(SiteFixture site)
{
    private const string BackgroundOfPage = "() => getComputedStyle(document.body).backgroundColor";

    [Fact]
    public async Task Follows_the_system_colour_scheme()
    {
        await using var light = await site.NewContextAsync(scheme: ColorScheme.Light);
        await using var dark = await site.NewContextAsync(scheme: ColorScheme.Dark);
        var lightPage = await light.NewPageAsync();
        var darkPage = await dark.NewPageAsync();
        await lightPage.OpenAsync(site, SitePages.Home);
        await darkPage.OpenAsync(site, SitePages.Home);
        Assert.NotEqual(await lightPage.EvaluateAsync<string>(BackgroundOfPage), await darkPage.EvaluateAsync<string>(BackgroundOfPage));
        Assert.Equal("false", await lightPage.GetAttributeAsync(".theme-toggle", "aria-pressed"));
        Assert.Equal("true", await darkPage.GetAttributeAsync(".theme-toggle", "aria-pressed"));
    }

    [Fact]
    public async Task Toggle_persists_across_pages_and_applies_before_the_body_is_parsed()
    {
        await using var context = await site.NewContextAsync(scheme: ColorScheme.Light);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Home);
        var lightBackground = await page.EvaluateAsync<string>(BackgroundOfPage);
        await page.ClickAsync(".theme-toggle");
        Assert.Equal("true", await page.GetAttributeAsync(".theme-toggle", "aria-pressed"));
        // Wait for the new colours rather than read them at once: on a loaded CI machine the first read
        // after the click has returned the old background. A page that never turns dark still fails
        // here, and the message says what the page reported.
        var changed = await page.EvaluateAsync<bool>("""
            (light) => new Promise(resolve => {
              const start = performance.now();
              const tick = () => getComputedStyle(document.body).backgroundColor !== light ? resolve(true)
                : performance.now() - start > 3000 ? resolve(false) : requestAnimationFrame(tick);
              tick();
            })
            """, lightBackground);
        var darkBackground = await page.EvaluateAsync<string>(BackgroundOfPage);
        Assert.True(changed, $"background stayed {darkBackground} after the toggle; "
            + $"data-theme={await page.GetAttributeAsync("html", "data-theme")}, class={await page.GetAttributeAsync("html", "class")}, "
            + $"--bg={await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--bg')")}");
        Assert.NotEqual(lightBackground, darkBackground);

        // On the next page, record the mode the moment <body> starts: it must already be dark.
        await context.AddInitScriptAsync("""
            new MutationObserver((records, observer) => {
              if (document.body) {
                window.__modeAtBody = document.documentElement.getAttribute('data-theme');
                observer.disconnect();
              }
            }).observe(document, { childList: true, subtree: true });
            """);
        await page.OpenAsync(site, SitePages.Glossary);
        Assert.Equal("dark", await page.EvaluateAsync<string>("() => window.__modeAtBody"));
        Assert.Equal(darkBackground, await page.EvaluateAsync<string>(BackgroundOfPage));

        await page.ClickAsync(".theme-toggle");
        await page.ReloadAsync();
        Assert.Equal("light", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal(lightBackground, await page.EvaluateAsync<string>(BackgroundOfPage));
    }

    [Fact]
    public void Pages_have_no_inline_script_or_style_and_a_blocking_mode_script_in_head()
    {
        var inlineScript = new Regex(@"<script(?![^>]*\ssrc=)(?![^>]*type=""application/(?:ld\+)?json"")[^>]*>", RegexOptions.IgnoreCase);
        var inlineStyle = new Regex(@"<style[\s>]|<[a-z][^>]*\sstyle=", RegexOptions.IgnoreCase);
        var handler = new Regex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase);
        var modeScriptFirst = new Regex(@"<head>.*?<script src=""[^""]+"">\s*</script>.*?<link rel=""stylesheet""", RegexOptions.Singleline);
        foreach (var file in Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var name = Path.GetRelativePath(site.OutputDir, file);
            Assert.False(inlineScript.IsMatch(html), $"{name}: inline <script>");
            Assert.False(inlineStyle.IsMatch(html), $"{name}: inline style");
            Assert.False(handler.IsMatch(html), $"{name}: inline event handler");
            Assert.True(modeScriptFirst.IsMatch(html), $"{name}: the blocking colour-mode script must come first in <head>, before the stylesheet");
        }
    }
}
