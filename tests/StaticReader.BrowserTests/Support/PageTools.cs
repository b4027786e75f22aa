using System.Text.Json;
using Microsoft.Playwright;

namespace StaticReader.BrowserTests.Support;

/// <summary>Helpers shared by the browser tests.</summary>
public static class PageTools
{
    /// <summary>Opens a path and waits until the page has settled: loaded, fonts ready, margin notes placed.</summary>
    public static Task<IResponse?> OpenAsync(this IPage page, SiteFixture site, string path) => page.OpenUrlAsync(site.Url(path));

    /// <summary>Opens an absolute URL (a site other than the reader's) and waits until the page has settled.</summary>
    public static async Task<IResponse?> OpenUrlAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("() => document.fonts ? document.fonts.ready.then(() => true) : true");
        await page.EvaluateAsync("""
            () => new Promise(resolve => {
              const settled = () => !document.documentElement.classList.contains('js')
                || !document.querySelector('.note') || window.innerWidth < 1100
                || document.documentElement.classList.contains('notes-placed');
              const start = performance.now();
              const tick = () => settled() || performance.now() - start > 3000 ? resolve(true) : requestAnimationFrame(tick);
              tick();
            })
            """);
        return response;
    }

    /// <summary>Runs axe-core on the page and returns its violations, one readable line each.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = RepoPaths.AxeScript });
        }

        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' '))
              }));
            }
            """);
        return json.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}\n    "
                + string.Join("\n    ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))
            .ToList();
    }

    /// <summary>True when the document scrolls sideways.</summary>
    public static Task<bool> ScrollsSidewaysAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 0.5 || document.body.scrollWidth > window.innerWidth + 0.5");

    /// <summary>Collects console errors, uncaught exceptions and failed requests of a page.</summary>
    public static List<string> CollectProblems(this IPage page, params string[] expectedMissing)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !IsExpected404(message.Text))
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add("uncaught: " + error);
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !expectedMissing.Any(p => response.Url.EndsWith(p, StringComparison.Ordinal)))
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        return problems;

        bool IsExpected404(string text) =>
            expectedMissing.Length > 0 && text.Contains("404", StringComparison.Ordinal);
    }
}
