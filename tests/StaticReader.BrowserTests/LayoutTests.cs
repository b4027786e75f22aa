using System.Text.Json;
using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>No sideways scrolling, margin notes that never overlap, and no layout shift.</summary>
[Collection(SiteCollection.Name)]
public sealed class LayoutTests(SiteFixture site)
{
    public static TheoryData<string, int> KindsAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in new[] { "home", "text", "term", "glossary", "explainer", "explainers", "page", "search", "404" })
        {
            data.Add(kind, 375);
            data.Add(kind, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndWidths))]
    public async Task Page_does_not_scroll_sideways(string kind, int width)
    {
        await using var context = await site.NewContextAsync(width: width, height: width < 600 ? 740 : 800, touch: width < 600);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.PathOf(site, kind));
        Assert.False(await page.ScrollsSidewaysAsync(), $"{kind} at {width}px scrolls sideways");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(1100)]
    [InlineData(1600)]
    public async Task Margin_notes_sit_beside_the_text_and_never_overlap(int width)
    {
        await using var context = await site.NewContextAsync(width: width);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var layout = await page.EvaluateAsync<JsonElement>("""
            () => {
              const body = document.querySelector('.doc-body').getBoundingClientRect();
              const textRight = Math.max(...[...document.querySelectorAll('.doc-body > .passage > p, .doc-body > .passage > figure, .doc-body > h2')]
                .map(el => el.getBoundingClientRect().right));
              const notes = [...document.querySelectorAll('.note')].map(n => {
                const r = n.getBoundingClientRect();
                const s = getComputedStyle(n);
                return { id: n.id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right,
                         visible: s.visibility === 'visible' && s.display !== 'none' && r.height > 0 };
              });
              return { textRight, bodyRight: body.right, viewport: innerWidth, notes,
                       scrolls: document.documentElement.scrollWidth > innerWidth };
            }
            """);
        var textRight = layout.GetProperty("textRight").GetDouble();
        var viewport = layout.GetProperty("viewport").GetDouble();
        Assert.False(layout.GetProperty("scrolls").GetBoolean(), "the page scrolls sideways");
        var notes = layout.GetProperty("notes").EnumerateArray().ToList();
        Assert.NotEmpty(notes);
        var previousBottom = double.NegativeInfinity;
        var previousId = "";
        foreach (var note in notes.OrderBy(n => n.GetProperty("top").GetDouble()))
        {
            var id = note.GetProperty("id").GetString();
            Assert.True(note.GetProperty("visible").GetBoolean(), $"{id} is not visible in the margin");
            Assert.True(note.GetProperty("left").GetDouble() >= textRight + 8, $"{id} overlaps the text column (left {note.GetProperty("left")} < text right {textRight})");
            Assert.True(note.GetProperty("right").GetDouble() <= viewport, $"{id} runs off the screen");
            Assert.True(note.GetProperty("top").GetDouble() >= previousBottom, $"{id} overlaps {previousId}");
            previousBottom = note.GetProperty("bottom").GetDouble();
            previousId = id!;
        }

        // Each note starts level with its anchor, or below the note before it.
        var misplaced = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.note')].filter(n => {
              const anchor = document.getElementById(n.dataset.anchor) || document.getElementById(n.querySelector('.note-back').getAttribute('href').slice(1));
              return n.getBoundingClientRect().top < anchor.getClientRects()[0].top - 2;
            }).map(n => n.id)
            """);
        Assert.Empty(misplaced);
    }

    [Fact]
    public async Task Narrow_screen_notes_open_in_place_behind_their_number()
    {
        await using var context = await site.NewContextAsync(width: 375, height: 740, touch: true);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var firstNote = page.Locator(".note").First;
        var id = await firstNote.GetAttributeAsync("id");
        Assert.False(await firstNote.IsVisibleAsync(), "notes start closed on a narrow screen");
        var reference = page.Locator($"a[href='#{id}']");
        Assert.Equal("false", await reference.GetAttributeAsync("aria-expanded"));
        await reference.TapAsync();
        Assert.True(await firstNote.IsVisibleAsync(), "tapping the number opens the note");
        Assert.Equal("true", await reference.GetAttributeAsync("aria-expanded"));
        var box = await firstNote.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 375, "the open note fits the screen");
        Assert.False(await page.ScrollsSidewaysAsync());
        await reference.TapAsync();
        Assert.False(await firstNote.IsVisibleAsync(), "tapping again closes it");

        // The highlighted phrase opens its note too: tap the start of one that does not begin with a link.
        var noteId = await page.EvaluateAsync<string>("""
            () => {
              for (const note of document.querySelectorAll('.note[data-anchor]')) {
                const mark = document.getElementById(note.dataset.anchor);
                if (mark.firstChild && mark.firstChild.nodeType === Node.TEXT_NODE && mark.firstChild.data.trim()) return note.id;
              }
              return null;
            }
            """);
        Assert.NotNull(noteId);
        var anchored = page.Locator("#" + noteId);
        var point = await page.EvaluateAsync<double[]>("""
            id => {
              const mark = document.getElementById(document.getElementById(id).dataset.anchor);
              mark.scrollIntoView({ block: 'center' });
              const r = mark.getClientRects()[0];
              return [r.left + 3, r.top + r.height / 2];
            }
            """, noteId);
        await page.Touchscreen.TapAsync((float)point[0], (float)point[1]);
        Assert.True(await anchored.IsVisibleAsync(), "tapping the highlighted phrase opens its note");
    }

    [Fact]
    public async Task Notes_follow_the_window_between_margin_and_toggles()
    {
        await using var context = await site.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var note = page.Locator(".note").First;
        var id = await note.GetAttributeAsync("id");
        var reference = page.Locator($"a[href='#{id}']");
        Assert.True(await note.IsVisibleAsync());

        await page.SetViewportSizeAsync(800, 800);
        await page.WaitForFunctionAsync("() => !document.documentElement.classList.contains('notes-placed')");
        Assert.False(await note.IsVisibleAsync());
        await reference.ClickAsync();
        Assert.True(await note.IsVisibleAsync());
        Assert.False(await page.ScrollsSidewaysAsync());

        await page.SetViewportSizeAsync(1280, 800);
        await page.WaitForFunctionAsync("() => document.documentElement.classList.contains('notes-placed')");
        Assert.True(await page.EvaluateAsync<bool>($"() => document.getElementById('{id}').parentElement.matches('aside.notes')"), "the note went back to the margin");
        var box = await note.BoundingBoxAsync();
        var text = await page.Locator(".doc-body > .passage > p").First.BoundingBoxAsync();
        Assert.True(box!.X >= text!.X + text.Width, "the note sits in the margin again");
    }

    [Fact]
    public async Task Hovering_an_anchor_highlights_its_note_and_the_reverse()
    {
        await using var context = await site.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        var note = page.Locator(".note[data-anchor]").First;
        var anchorId = await note.GetAttributeAsync("data-anchor");
        await page.HoverAsync($"#{anchorId}");
        Assert.Contains("is-active", await note.GetAttributeAsync("class") ?? "");
        await page.Mouse.MoveAsync(0, 0);
        Assert.DoesNotContain("is-active", await note.GetAttributeAsync("class") ?? "");
        await note.HoverAsync();
        Assert.Contains("is-active", await page.GetAttributeAsync($"#{anchorId}", "class") ?? "");
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Text_page_has_no_layout_shift(int width)
    {
        await using var context = await site.NewContextAsync(width: width, height: width < 600 ? 740 : 800);
        await context.AddInitScriptAsync("""
            window.__shift = 0;
            window.__shifts = [];
            new PerformanceObserver(list => {
              for (const e of list.getEntries()) {
                if (e.hadRecentInput) continue;
                window.__shift += e.value;
                window.__shifts.push(e.value.toFixed(4) + ' ' + (e.sources || []).map(s => s.node ? (s.node.nodeName + '.' + (s.node.className || '') + '#' + (s.node.id || '')) : '?').join(', '));
              }
            }).observe({ type: 'layout-shift', buffered: true });
            """);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        await page.WaitForTimeoutAsync(500);
        var shift = await page.EvaluateAsync<double>("() => window.__shift");
        var sources = await page.EvaluateAsync<string[]>("() => window.__shifts");
        Assert.True(shift < 0.001, $"cumulative layout shift {shift}:\n" + string.Join("\n", sources));
    }
}
