using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>axe-core finds no violation on any page kind, in light and in dark mode, wide and narrow.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var kind in new[] { "home", "text", "term", "glossary", "explainer", "explainers", "page", "source", "sources", "search", "404" })
        {
            data.Add(kind, "light", 1280);
            data.Add(kind, "dark", 1280);
        }

        data.Add("text", "light", 375);
        data.Add("text", "dark", 375);
        data.Add("home", "dark", 375);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_kind_has_no_axe_violations(string kind, string mode, int width)
    {
        await using var context = await site.NewContextAsync(width: width, scheme: mode == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.PathOf(site, kind));
        if (kind == "search")
        {
            await page.Locator("#search-results li").First.WaitForAsync();
        }

        var violations = await page.AxeViolationsAsync();
        Assert.True(violations.Count == 0, $"{kind} page ({mode}, {width}px):\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Dark_mode_chosen_with_the_toggle_has_no_axe_violations()
    {
        await using var context = await site.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        await page.ClickAsync(".theme-toggle");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var violations = await page.AxeViolationsAsync();
        Assert.True(violations.Count == 0, "text page, dark by toggle:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Open_search_results_and_an_open_preview_have_no_axe_violations()
    {
        await using var context = await site.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync("huawei");
        await page.Locator("#sr-listbox [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var violations = await page.AxeViolationsAsync();
        Assert.True(violations.Count == 0, "search listbox open:\n" + string.Join("\n", violations));

        await page.Keyboard.PressAsync("Escape");
        await page.HoverAsync(".doc-body a.term >> nth=0");
        await page.Locator(".preview").WaitForAsync();
        violations = await page.AxeViolationsAsync();
        Assert.True(violations.Count == 0, "preview open:\n" + string.Join("\n", violations));
    }
}
