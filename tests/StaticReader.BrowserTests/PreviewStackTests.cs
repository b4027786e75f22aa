using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>
/// Previews inside previews (three levels, closed from the top), pinned previews that stay while the page scrolls,
/// and axe-core on both, in light and dark, on a phone and a desktop. Screenshots go to tests/screenshots/.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PreviewStackTests(SiteFixture site)
{
    private const string Term = ".doc-body p a.term";
    private const string ChipInside = ".preview-chips a";

    private static string Shot(string name) => Path.Combine(RepoPaths.Screenshots, name + ".png");

    /// <summary>Opens three levels: a term in the text, a related chip in its preview, a chip in that one.</summary>
    private static async Task<List<ILocator>> OpenThreeAsync(IPage page, string input)
    {
        var levels = new List<ILocator>();
        var link = page.Locator(Term).First;
        await link.ScrollIntoViewIfNeededAsync();
        for (var level = 0; level < 3; level++)
        {
            var preview = await PreviewTests.OpenAsync(page, link, input);
            if (input == "touch")
            {
                await PreviewTests.AssertDoesNotCoverAsync(link, preview);
            }

            levels.Add(preview);
            Assert.Equal(level + 1, await page.Locator(".preview:not(.is-pinned)").CountAsync());
            if (level > 0)
            {
                Assert.True(await link.EvaluateAsync<bool>("(el, id) => el.closest('.preview').id === id", await levels[level - 1].GetAttributeAsync("id")),
                    "each level opens from a link inside the one below it");
            }

            link = preview.Locator(ChipInside).First;
        }

        return levels;
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Three_nested_levels_open_and_close_from_the_top(int width)
    {
        var touch = width < 600;
        await using var context = await site.NewContextAsync(width: width, height: touch ? 740 : 800, touch: touch);
        var page = await context.NewPageAsync();
        var problems = page.CollectProblems("/favicon.ico");
        await page.OpenAsync(site, SitePages.Text(site));
        var levels = await OpenThreeAsync(page, touch ? "touch" : "mouse");
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot($"previews-nested-{width}") });
        var open = page.Locator(".preview");

        if (touch)
        {
            // Each level closes with its own button, from the top; a tap outside every preview closes the rest.
            await levels[2].Locator(".preview-close").TapAsync();
            await Assertions.Expect(open).ToHaveCountAsync(2);
            await levels[1].Locator(".preview-close").TapAsync();
            await Assertions.Expect(open).ToHaveCountAsync(1);
            await page.Locator("h1").TapAsync();
            await Assertions.Expect(open).ToHaveCountAsync(0);
        }
        else
        {
            // The second level sits beside the first, not over it.
            var first = (await levels[0].BoundingBoxAsync())!;
            var second = (await levels[1].BoundingBoxAsync())!;
            Assert.True(second.X >= first.X + first.Width || second.X + second.Width <= first.X, "level 2 opens beside level 1");

            // Moving onto the second level (off the link of the third) closes the third; Esc closes the top one.
            var box = (await levels[1].Locator(".preview-kind").BoundingBoxAsync())!;
            await page.Mouse.MoveAsync(box.X + 2, box.Y + box.Height / 2);
            await Assertions.Expect(open).ToHaveCountAsync(2);
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(open).ToHaveCountAsync(1);

            // Moving away from everything closes the rest.
            await page.Mouse.MoveAsync(width - 4, 790);
            await Assertions.Expect(open).ToHaveCountAsync(0);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Two_pinned_previews_stay_while_the_page_scrolls_and_each_closes_with_its_own_button(int width)
    {
        var touch = width < 600;
        await using var context = await site.NewContextAsync(width: width, height: touch ? 740 : 800, touch: touch);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var input = touch ? "touch" : "mouse";

        // The first with its button, the second with the P key (on a phone, the button again).
        var first = await PreviewTests.OpenAsync(page, page.Locator(Term).First, input);
        var pinButton = first.Locator(".preview-pin");
        if (touch)
        {
            await pinButton.TapAsync();
        }
        else
        {
            await pinButton.ClickAsync();
        }

        await Assertions.Expect(first).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-pinned"));
        var second = await PreviewTests.OpenAsync(page, page.Locator(Term).Nth(2), input);
        if (touch)
        {
            await second.Locator(".preview-pin").TapAsync();
        }
        else
        {
            await page.Keyboard.PressAsync("p");
        }

        var pinned = page.Locator(".preview.is-pinned");
        await Assertions.Expect(pinned).ToHaveCountAsync(2);
        var before = new[] { (await pinned.Nth(0).BoundingBoxAsync())!, (await pinned.Nth(1).BoundingBoxAsync())! };

        // Opening another preview leaves the pinned ones; scrolling keeps them where they are on the screen.
        await PreviewTests.OpenAsync(page, page.Locator(Term).Nth(4), input);
        await Assertions.Expect(pinned).ToHaveCountAsync(2);
        await page.EvaluateAsync("() => window.scrollBy(0, 700)");
        await page.WaitForTimeoutAsync(200);
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot($"previews-pinned-{width}") });
        for (var i = 0; i < 2; i++)
        {
            await Assertions.Expect(pinned.Nth(i)).ToBeInViewportAsync();
            var after = (await pinned.Nth(i).BoundingBoxAsync())!;
            Assert.True(Math.Abs(after.Y - before[i].Y) < 1 && Math.Abs(after.X - before[i].X) < 1, $"pinned preview {i} stays put while the page scrolls");
        }

        // Each closes with its own button.
        var close = pinned.Nth(1).Locator(".preview-close");
        if (touch)
        {
            await close.TapAsync();
        }
        else
        {
            await close.ClickAsync();
        }

        await Assertions.Expect(pinned).ToHaveCountAsync(1);
        if (touch)
        {
            await pinned.First.Locator(".preview-close").TapAsync();
        }
        else
        {
            await pinned.First.Locator(".preview-close").ClickAsync();
        }

        await Assertions.Expect(pinned).ToHaveCountAsync(0);
    }

    public static TheoryData<int, string> Modes() => new() { { 1280, "light" }, { 1280, "dark" }, { 375, "light" }, { 375, "dark" } };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Nested_and_pinned_previews_have_no_axe_violations(int width, string mode)
    {
        var touch = width < 600;
        await using var context = await site.NewContextAsync(width: width, height: touch ? 740 : 800, touch: touch,
            scheme: mode == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var input = touch ? "touch" : "mouse";

        // A pinned note, then three nested levels from a term.
        var note = await PreviewTests.OpenAsync(page, page.Locator(".doc-body sup.note-ref a").Nth(1), touch ? "keyboard" : "mouse");
        await note.Locator(".preview-pin").ClickAsync();
        await Assertions.Expect(page.Locator(".preview.is-pinned")).ToHaveCountAsync(1);
        await OpenThreeAsync(page, input);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot($"previews-nested-pinned-{width}-{mode}") });

        var violations = await page.AxeViolationsAsync();
        Assert.True(violations.Count == 0, $"nested and pinned previews at {width} px, {mode}:\n" + string.Join("\n", violations));
    }
}
