using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>
/// Placing the margin notes forces no synchronous layout (Lighthouse's "forced reflow"): Chromium's own timeline trace
/// of loading the text page holds no layout or style recalculation that a call in <c>reader.js</c> forced.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ForcedLayoutTests(SiteFixture site)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Reader_js_forces_no_layout_while_the_text_page_loads_and_places_its_notes(int width)
    {
        await using var context = await site.NewContextAsync(width: width);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        var events = new ConcurrentQueue<JsonElement>();
        var complete = new TaskCompletionSource();
        cdp.Event("Tracing.dataCollected").OnEvent += (_, e) =>
        {
            if (e is { } data)
            {
                foreach (var item in data.GetProperty("value").EnumerateArray())
                {
                    events.Enqueue(item.Clone());
                }
            }
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["categories"] = "devtools.timeline,disabled-by-default-devtools.timeline.stack",
            ["transferMode"] = "ReportEvents",
        });

        await page.OpenAsync(site, SitePages.Text(site));
        if (width >= 1100)
        {
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('notes-placed')"));
        }

        await cdp.SendAsync("Tracing.end");
        await complete.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var forced = events
            .Where(e => e.GetProperty("name").GetString() is "Layout" or "UpdateLayoutTree")
            .Select(e => (Event: e, Stack: StackOf(e)))
            .Where(e => e.Stack.Any(f => f.Url.Contains("/js/reader.", StringComparison.Ordinal)))
            .Select(e => e.Event.GetProperty("name").GetString() + " forced by " + string.Join(" < ", e.Stack.Select(f => $"{f.Function}@{f.Column}")))
            .ToList();
        Assert.True(events.Any(e => e.GetProperty("name").GetString() == "Layout"), "the trace holds no layout at all: it recorded nothing");
        Assert.True(forced.Count == 0, $"reader.js forced {forced.Count} layouts at {width}px:\n" + string.Join("\n", forced));
    }

    [Fact]
    public async Task Placing_after_layout_raises_no_error_as_the_window_is_resized()
    {
        await using var context = await site.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();
        var problems = page.CollectProblems();
        // A ResizeObserver whose report is left undelivered raises an error event on window, not an exception.
        await page.AddInitScriptAsync("window.__errors = []; window.addEventListener('error', e => window.__errors.push(String(e.message)));");
        await page.OpenAsync(site, SitePages.Text(site));
        var before = await page.EvaluateAsync<string>("() => document.querySelector('.note').style.top");

        foreach (var width in new[] { 1500, 900, 1200, 1280 })
        {
            await page.SetViewportSizeAsync(width, 800);
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r))))");
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('notes-placed')"));
        Assert.Equal(before, await page.EvaluateAsync<string>("() => document.querySelector('.note').style.top"));
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__errors"));
        Assert.Empty(problems);
    }

    private static IReadOnlyList<(string Url, string Function, int Column)> StackOf(JsonElement e)
    {
        if (!e.TryGetProperty("args", out var args))
        {
            return [];
        }

        foreach (var holder in new[] { "beginData", "data" })
        {
            if (args.TryGetProperty(holder, out var data) && data.TryGetProperty("stackTrace", out var stack) && stack.ValueKind == JsonValueKind.Array)
            {
                return stack.EnumerateArray()
                    .Select(f => (f.GetProperty("url").GetString() ?? "", f.GetProperty("functionName").GetString() ?? "", f.TryGetProperty("columnNumber", out var c) ? c.GetInt32() : 0))
                    .ToList();
            }
        }

        return [];
    }
}
