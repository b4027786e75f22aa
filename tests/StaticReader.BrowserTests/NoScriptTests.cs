using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>With JavaScript off the text and every note are readable, and nothing needs a script.</summary>
[Collection(SiteCollection.Name)]
public sealed class NoScriptTests(SiteFixture site)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Text_and_notes_are_readable_without_javascript(int width)
    {
        await using var context = await site.NewContextAsync(width: width, height: 800, javaScript: false);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        Assert.False(await page.ScrollsSidewaysAsync());
        Assert.True(await page.Locator(".doc-body .passage p").First.IsVisibleAsync());
        Assert.True(await page.Locator(".theme-toggle").IsHiddenAsync(), "the toggle needs JavaScript, so it is hidden without it");

        var notes = page.Locator(".note");
        var count = await notes.CountAsync();
        Assert.True(count > 0);
        for (var i = 0; i < count; i++)
        {
            var note = notes.Nth(i);
            Assert.True(await note.IsVisibleAsync(), $"note {i + 1} is hidden without JavaScript");
            var box = await note.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"note {i + 1} does not fit the screen");
        }

        // Notes follow their passage, in the text column.
        Assert.True(await page.EvaluateAsync<bool>("""
            () => [...document.querySelectorAll('aside.notes')].every(a => {
              const prev = a.previousElementSibling.getBoundingClientRect();
              const r = a.getBoundingClientRect();
              return r.top >= prev.bottom - 1 && r.left >= prev.left - 1 && r.right <= prev.right + 1;
            })
            """));
    }

    [Fact]
    public async Task Term_links_are_plain_links_without_javascript()
    {
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var term = page.Locator(".doc-body a.term").First;
        var href = await term.GetAttributeAsync("href");
        await Task.WhenAll(page.WaitForURLAsync("**" + href), term.ClickAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
    }
}
