using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>No page logs an error, throws, breaks the Content-Security-Policy or requests something missing.</summary>
[Collection(SiteCollection.Name)]
public sealed class ConsoleTests(SiteFixture site)
{
    [Theory]
    [InlineData(1280, false)]
    [InlineData(375, true)]
    public async Task Every_page_kind_runs_without_console_errors(int width, bool touch)
    {
        await using var context = await site.NewContextAsync(width: width, height: 800, touch: touch);
        var page = await context.NewPageAsync();
        var problems = page.CollectProblems(SitePages.NotFound);
        foreach (var (kind, path) in SitePages.All(site))
        {
            await page.OpenAsync(site, path);
            await page.FocusAsync("#search-input");
            await page.Keyboard.TypeAsync("chips");
            await page.WaitForFunctionAsync("() => document.querySelector('.sr-popup')?.getAttribute('data-query') === 'chips'");
            await page.Keyboard.PressAsync("Escape");
            if (await page.Locator(".doc-body a.term").CountAsync() > 0)
            {
                await page.Locator(".doc-body a.term").First.HoverAsync();
                await page.WaitForTimeoutAsync(400);
            }

            await page.Keyboard.PressAsync("Escape");
            Assert.True(problems.Count == 0, $"{kind} ({path}):\n" + string.Join("\n", problems));
        }
    }

    [Fact]
    public async Task Unknown_addresses_get_the_404_page_with_working_assets()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.OpenAsync(site, "/deeply/nested/missing/page/");
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        Assert.Equal("Page not found", await page.InnerTextAsync("h1"));
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.body).display === 'flex'"), "the stylesheet loaded on a nested 404");
    }
}
