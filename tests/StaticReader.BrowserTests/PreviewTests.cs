using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>
/// Every kind of preview (glossary term, related-term chip, note marker, link to a page, link to a passage from a
/// backlink entry) opens by mouse, keyboard and touch on a phone and a desktop, with the content its kind promises.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PreviewTests(SiteFixture site)
{
    /// <summary>Where each kind of link is found: the page and a selector for the first one.</summary>
    private string PathOf(string kind) => kind switch
    {
        "term" or "note" => SitePages.Text(site),
        "citation" => SitePages.Explainer(site),
        _ => SitePages.CloudMatrix,
    };

    private static string SelectorOf(string kind) => kind switch
    {
        "term" => ".doc-body a.term",
        "chip" => ".related .chips a",
        "note" => ".doc-body sup.note-ref a",
        "page" => ".backlink-page a[data-preview]",
        "passage" => ".backlinks a.mention",
        "citation" => ".doc-body a.citation-link",
        _ => throw new ArgumentException(kind),
    };

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var kind in new[] { "term", "chip", "note", "page", "passage", "citation" })
        {
            foreach (var width in new[] { 375, 1280 })
            {
                foreach (var input in new[] { "mouse", "keyboard", "touch" })
                {
                    data.Add(kind, width, input);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_kind_opens_by_each_input(string kind, int width, string input)
    {
        await using var context = await site.NewContextAsync(width: width, height: width < 600 ? 740 : 800, touch: input == "touch");
        var page = await context.NewPageAsync();
        // Chromium asks for /favicon.ico on its own (the site has none); any other failed request is still a problem.
        var problems = page.CollectProblems("/favicon.ico");
        await page.OpenAsync(site, PathOf(kind));
        var link = page.Locator(SelectorOf(kind)).First;
        await link.ScrollIntoViewIfNeededAsync();
        var href = await link.GetAttributeAsync("href");

        if (kind == "note" && input == "touch")
        {
            // A note marker keeps its own tap: the note opens in place on a phone and is brought forward in the margin on
            // a desktop (reader.js); either way the reader sees the note itself.
            await link.TapAsync();
            var note = page.Locator(href!);
            await Assertions.Expect(note).ToBeVisibleAsync();
            await Assertions.Expect(note).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(width < 1100 ? "is-open" : "is-active"));
            return;
        }

        var preview = await OpenAsync(page, link, input);
        await CheckContentAsync(page, kind, link, preview);
        Assert.Equal("dialog", await preview.GetAttributeAsync("role"));
        var body = await preview.Locator(".preview-body").GetAttributeAsync("id");
        Assert.Equal(body, await link.GetAttributeAsync("aria-describedby"));

        var box = (await preview.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5, $"the preview fits the screen: {box.X}+{box.Width} of {width}");
        if (width < 700)
        {
            await AssertDoesNotCoverAsync(link, preview);
        }

        if (input != "keyboard")
        {
            Directory.CreateDirectory(RepoPaths.Screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, $"previews-{kind}-{width}-{input}.png") });
        }

        if (input == "touch")
        {
            // The second tap follows the link.
            await Task.WhenAll(page.WaitForURLAsync("**" + href!.Split('#')[0] + "*"), link.TapAsync());
            Assert.Contains(href.Split('#')[0], page.Url);
        }
        else
        {
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(page.Locator(".preview")).ToHaveCountAsync(0);
            Assert.Null(await link.GetAttributeAsync("aria-describedby"));
        }

        Assert.True(problems.Count == 0, page.Url + " " + href + "\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Keyboard_enters_the_preview_with_down_arrow_and_escape_returns_focus_to_the_link()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.CloudMatrix);
        var chip = page.Locator(SelectorOf("chip")).First;
        var preview = await OpenAsync(page, chip, "keyboard");
        const string Active = "() => document.activeElement.textContent";
        const string InPreview = "() => !!document.activeElement.closest('.preview')";

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.EvaluateAsync<bool>(InPreview), "Down arrow moves into the preview");
        Assert.Equal(await preview.Locator(".preview-title a").InnerTextAsync(), await page.EvaluateAsync<string>(Active));
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.True(await chip.EvaluateAsync<bool>("el => el === document.activeElement"), "Shift+Tab from the top returns to the link");

        // Into the preview, on to its first related chip: that chip opens a preview of its own, Esc closes the top one.
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".preview")).ToHaveCountAsync(2);
        var inner = await page.EvaluateAsync<string>(Active);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".preview")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>(InPreview));
        Assert.Equal(inner, await page.EvaluateAsync<string>(Active));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".preview")).ToHaveCountAsync(0);
        Assert.True(await chip.EvaluateAsync<bool>("el => el === document.activeElement"), "Esc returns focus to the link");

        // Tab walks the page, not the preview; and tabbing out of the end of a preview goes on past its link.
        var next = await chip.EvaluateAsync<string>("el => el.closest('li').nextElementSibling.querySelector('a').textContent");
        await OpenAsync(page, chip, "keyboard");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(next, await page.EvaluateAsync<string>(Active));
        await OpenAsync(page, chip, "keyboard");
        await page.Keyboard.PressAsync("ArrowDown");
        for (var i = 0; i < 20 && await page.EvaluateAsync<bool>(InPreview); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(next, await page.EvaluateAsync<string>(Active));
        await Assertions.Expect(page.Locator(".preview")).ToHaveCountAsync(1); // the next chip's own preview
    }

    [Fact]
    public async Task Related_chips_preview_on_every_term_page()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var terms = Directory.GetDirectories(Path.Combine(site.OutputDir, "glossary")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(terms.Count >= 20, "the reader has at least 20 term pages");
        var withChips = 0;
        foreach (var term in terms)
        {
            await page.OpenAsync(site, $"/glossary/{term}/");
            var chips = page.Locator(SelectorOf("chip"));
            if (await chips.CountAsync() == 0)
            {
                continue;
            }

            withChips++;
            var chip = chips.Last;
            await chip.ScrollIntoViewIfNeededAsync();
            var preview = await OpenAsync(page, chip, "mouse");
            Assert.Equal(await chip.InnerTextAsync(), await preview.Locator(".preview-title").InnerTextAsync());
            Assert.False(string.IsNullOrWhiteSpace(await preview.Locator(".preview-summary").InnerTextAsync()), term + ": the chip's preview has a summary");
        }

        Assert.True(withChips >= 20, $"{withChips} term pages have related-term chips");
    }

    [Fact]
    public async Task Without_javascript_every_previewable_link_is_a_plain_link()
    {
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.CloudMatrix);
        foreach (var kind in new[] { "chip", "page", "passage" })
        {
            var link = page.Locator(SelectorOf(kind)).First;
            Assert.StartsWith("/", await link.GetAttributeAsync("href"));
            await link.HoverAsync();
        }

        await page.WaitForTimeoutAsync(500);
        Assert.Equal(0, await page.Locator(".preview").CountAsync());
        var chip = page.Locator(SelectorOf("chip")).First;
        var href = (await chip.GetAttributeAsync("href"))!;
        await Task.WhenAll(page.WaitForURLAsync("**" + href), chip.ClickAsync());
    }

    [Fact]
    public async Task Opening_a_preview_shifts_no_layout()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        await page.EvaluateAsync("""
            () => { window.__shift = 0; new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shift += e.value; }).observe({ type: 'layout-shift' }); }
            """);
        await OpenAsync(page, page.Locator(SelectorOf("term")).First, "mouse");
        await OpenAsync(page, page.Locator(".preview .chips a").First, "mouse");
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.__shift"));
    }

    /// <summary>Opens the preview of <paramref name="link"/> by one input and returns it (the top of the stack).</summary>
    internal static async Task<ILocator> OpenAsync(IPage page, ILocator link, string input)
    {
        switch (input)
        {
            case "mouse":
                await link.HoverAsync();
                break;
            case "touch":
                await link.TapAsync();
                break;
            default:
                // Focus the element before the link, then Tab onto it, as a keyboard user arrives.
                await link.EvaluateAsync("""
                    el => {
                      const all = [...document.querySelectorAll('a[href], button, input, [tabindex]:not([tabindex="-1"])')];
                      const i = all.indexOf(el);
                      let j = i - 1;
                      while (j >= 0 && (all[j].closest('.preview') && !el.closest('.preview') || !all[j].getClientRects().length)) j--;
                      if (j >= 0) all[j].focus(); else document.body.focus();
                    }
                    """);
                await page.Keyboard.PressAsync("Escape"); // the element before may have opened a preview of its own
                await page.Keyboard.PressAsync("Tab");
                Assert.True(await link.EvaluateAsync<bool>("el => el === document.activeElement"), "Tab reaches the link");
                break;
        }

        // The link names its open preview's body as its description.
        await Assertions.Expect(link).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("^sr-preview-\\d+-body$"));
        var body = (await link.GetAttributeAsync("aria-describedby"))!;
        var preview = page.Locator("#" + body[..^"-body".Length]);
        await Assertions.Expect(preview).ToBeVisibleAsync();
        return preview;
    }

    private async Task CheckContentAsync(IPage page, string kind, ILocator link, ILocator preview)
    {
        var kindLabel = await preview.Locator(".preview-kind").InnerTextAsync();
        switch (kind)
        {
            case "note":
                var id = (await link.GetAttributeAsync("href"))!;
                var note = await page.Locator(id + " p").First.TextContentAsync();
                Assert.StartsWith("NOTE", kindLabel.ToUpperInvariant());
                Assert.Equal(note!.Trim(), (await preview.Locator(".preview-body p").First.TextContentAsync())!.Trim());
                Assert.Equal(0, await preview.Locator("[id]:not(.preview-body):not(.preview-kind)").CountAsync());
                break;
            case "passage":
                Assert.StartsWith("PASSAGE", kindLabel.ToUpperInvariant());
                var marked = await preview.Locator(".preview-passage mark").AllInnerTextsAsync();
                Assert.NotEmpty(marked);
                var mention = await link.Locator("mark").InnerTextAsync();
                Assert.Contains(mention, marked);
                break;
            case "citation":
                // The link shows "(Author, 2025)"; the preview names the cited work and starts our summary of it.
                var source = (await link.GetAttributeAsync("data-preview"))!;
                Assert.EndsWith("/sources/" + source + "/", (await link.GetAttributeAsync("href"))!);
                Assert.False(string.IsNullOrWhiteSpace(await preview.Locator(".preview-title").InnerTextAsync()));
                Assert.False(string.IsNullOrWhiteSpace(await preview.Locator(".preview-summary").InnerTextAsync()));
                break;
            default:
                var title = await link.InnerTextAsync();
                if (kind is "term" or "chip")
                {
                    Assert.StartsWith("GLOSSARY TERM", kindLabel.ToUpperInvariant());
                    Assert.True(await preview.Locator(".preview-chips a").CountAsync() > 0, "a term preview lists its related terms");
                }

                var shown = await preview.Locator(".preview-title").InnerTextAsync();
                Assert.True(kind == "term" || shown == title, $"{shown} is the title of {title}");
                Assert.False(string.IsNullOrWhiteSpace(await preview.Locator(".preview-summary").InnerTextAsync()));
                break;
        }
    }

    /// <summary>On a phone, the sheet never covers the line of the link that opened it.</summary>
    internal static async Task AssertDoesNotCoverAsync(ILocator link, ILocator preview)
    {
        var l = (await link.BoundingBoxAsync())!;
        var p = (await preview.BoundingBoxAsync())!;
        var overlaps = l.Y < p.Y + p.Height && p.Y < l.Y + l.Height;
        Assert.False(overlaps, $"the sheet ({p.Y}–{p.Y + p.Height}) covers the link's line ({l.Y}–{l.Y + l.Height})");
    }
}
