using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>Term previews open on hover, keyboard focus and tap, and close on Esc.</summary>
[Collection(SiteCollection.Name)]
public sealed class PreviewTests(SiteFixture site)
{
    private const string FirstTerm = ".doc-body a.term >> nth=0";

    [Fact]
    public async Task Preview_opens_on_hover_and_closes_on_escape()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var term = page.Locator(FirstTerm);
        var slug = await term.GetAttributeAsync("data-preview");
        await term.HoverAsync();
        var preview = page.Locator("#sr-preview");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 3000 });
        Assert.Equal("tooltip", await preview.GetAttributeAsync("role"));
        Assert.Equal("sr-preview", await term.GetAttributeAsync("aria-describedby"));
        var title = await page.EvaluateAsync<string>("slug => JSON.parse(document.getElementById('preview-data').textContent)[slug].title", slug);
        Assert.Equal(title, await preview.Locator(".preview-title").InnerTextAsync());

        await page.Keyboard.PressAsync("Escape");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 2000 });
        Assert.Null(await term.GetAttributeAsync("aria-describedby"));
    }

    [Fact]
    public async Task Preview_opens_on_keyboard_focus_and_closes_on_escape()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var found = false;
        for (var i = 0; i < 80 && !found; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            found = await page.EvaluateAsync<bool>("() => !!document.activeElement && document.activeElement.matches('a[data-preview]')");
        }

        Assert.True(found, "Tab never reached a term link");
        var preview = page.Locator("#sr-preview");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 2000 });
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.getAttribute('aria-describedby') === 'sr-preview'"));
        await page.Keyboard.PressAsync("Escape");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 2000 });
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('a[data-preview]')"), "focus stays on the link");
    }

    [Fact]
    public async Task First_tap_opens_the_preview_and_a_second_tap_follows_the_link()
    {
        await using var context = await site.NewContextAsync(width: 375, height: 740, touch: true);
        var page = await context.NewPageAsync();
        var text = SitePages.Text(site);
        await page.OpenAsync(site, text);
        var term = page.Locator(FirstTerm);
        var href = await term.GetAttributeAsync("href");
        await term.TapAsync();
        var preview = page.Locator("#sr-preview");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 2000 });
        Assert.EndsWith(text, page.Url);
        var box = await preview.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 375, "the preview fits the phone's screen");

        await page.Keyboard.PressAsync("Escape");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 2000 });

        await term.TapAsync();
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 2000 });
        await Task.WhenAll(page.WaitForURLAsync("**" + href), term.TapAsync());
        Assert.EndsWith(href!, page.Url);
    }

    [Fact]
    public async Task The_preview_title_links_to_the_term()
    {
        await using var context = await site.NewContextAsync(width: 375, height: 740, touch: true);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var term = page.Locator(FirstTerm);
        var href = await term.GetAttributeAsync("href");
        await term.TapAsync();
        var link = page.Locator("#sr-preview .preview-title a");
        await link.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 2000 });
        await Task.WhenAll(page.WaitForURLAsync("**" + href), link.TapAsync());
        Assert.EndsWith(href!, page.Url);
    }
}
