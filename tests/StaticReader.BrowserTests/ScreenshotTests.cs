using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>
/// Screenshots of every page kind, phone and desktop, light and dark, written to tests/screenshots/
/// (git-ignored) for a person to look at. Each is a first screen and a full page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(SiteFixture site)
{
    public static TheoryData<int, string> Sizes() => new()
    {
        { 375, "light" }, { 375, "dark" }, { 1280, "light" }, { 1280, "dark" },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Screenshots_of_every_page_kind(int width, string mode)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await using var context = await site.NewContextAsync(width: width, height: width < 600 ? 740 : 800,
            scheme: mode == "dark" ? ColorScheme.Dark : ColorScheme.Light, touch: width < 600);
        var page = await context.NewPageAsync();
        foreach (var (kind, path) in SitePages.All(site))
        {
            await page.OpenAsync(site, path);
            if (kind == "search")
            {
                await page.Locator("#search-results li").First.WaitForAsync();
            }

            var name = $"{kind}-{width}-{mode}";
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + ".png") });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + "-full.png"), FullPage = true });
            Assert.True(File.Exists(Path.Combine(RepoPaths.Screenshots, name + ".png")));
        }

        // The text, passage by passage, as a reader scrolls it.
        await page.OpenAsync(site, SitePages.Text(site));
        var passages = await page.Locator(".doc-body > .passage").CountAsync();
        for (var i = 0; i < passages; i++)
        {
            await page.EvaluateAsync("i => window.scrollTo(0, document.querySelectorAll('.doc-body > .passage')[i].getBoundingClientRect().top + scrollY - 40)", i);
            await page.WaitForTimeoutAsync(50);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, $"text-{width}-{mode}-passage{i + 1}.png") });
        }

        // The interactive states: a preview, the search results, an open note (phone) or the margin (desktop).
        await page.OpenAsync(site, SitePages.Text(site));
        var term = page.Locator(".doc-body a.term").Nth(2);
        await term.ScrollIntoViewIfNeededAsync();
        if (width < 600)
        {
            await term.TapAsync();
        }
        else
        {
            await term.HoverAsync();
        }

        await page.Locator(".preview").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, $"state-preview-{width}-{mode}.png") });
        await page.Keyboard.PressAsync("Escape");

        if (width < 600)
        {
            var reference = page.Locator("sup.note-ref a").Nth(1);
            await reference.TapAsync();
            await page.Locator(".note.is-open").WaitForAsync();
            await reference.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, $"state-note-{width}-{mode}.png") });
        }
        else
        {
            await page.Locator("figure.quote").First.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, $"state-margin-{width}-{mode}.png") });
            var clamped = page.Locator(".note.is-clamped").Nth(3);
            var anchor = await clamped.GetAttributeAsync("data-anchor");
            if (anchor is not null)
            {
                await page.HoverAsync("#" + anchor);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, $"state-note-open-{width}-{mode}.png") });
                await page.Mouse.MoveAsync(0, 0);
            }
        }

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync("export controls");
        await page.WaitForFunctionAsync("() => document.querySelector('.sr-popup')?.getAttribute('data-query') === 'export controls'");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("sr-option-0", await page.GetAttributeAsync("#search-input", "aria-activedescendant"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, $"state-search-{width}-{mode}.png") });
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Screenshot_without_javascript(int width)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await using var context = await site.NewContextAsync(width: width, height: width < 600 ? 740 : 800, javaScript: false);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        await page.EvaluateAsync("() => window.scrollTo(0, document.querySelector('aside.notes').getBoundingClientRect().top + scrollY - 300)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, $"nojs-text-{width}.png") });
        Assert.True(await page.Locator(".note").First.IsVisibleAsync());
    }

    [Fact]
    public async Task Print_preview_screenshot()
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await using var context = await site.NewContextAsync(width: 800);
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.OpenAsync(site, SitePages.Text(site));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, "print-text.png"), FullPage = true });
        Assert.True(await page.Locator(".note").First.IsVisibleAsync(), "notes print");
        Assert.True(await page.Locator(".site-header").IsHiddenAsync(), "the header does not print");
    }
}
