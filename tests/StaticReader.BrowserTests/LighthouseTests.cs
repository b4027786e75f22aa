using System.Diagnostics;
using System.Text.Json;
using StaticReader.BrowserTests.Support;
using Xunit.Abstractions;

namespace StaticReader.BrowserTests;

/// <summary>
/// Lighthouse 12.2.3 (npm, pinned in <c>tests/lighthouse</c>) in Debian's Chromium, phone and desktop, on one page of
/// every kind: Performance at least 98, Accessibility, Best Practices and SEO 100. The scores are written to
/// <c>tests/screenshots/lighthouse/scores.md</c> and each full report beside it, to see which audits cost points.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LighthouseTests(SiteFixture site, ITestOutputHelper output)
{
    private static readonly IReadOnlyDictionary<string, int> Bars = new Dictionary<string, int>
    {
        ["performance"] = 98,
        ["accessibility"] = 100,
        ["best-practices"] = 100,
        ["seo"] = 100,
    };

    private static string Script => Path.Combine(RepoPaths.Root, "tests", "lighthouse", "run-lighthouse.mjs");

    private static string Reports => Path.Combine(RepoPaths.Screenshots, "lighthouse");

    [Fact]
    public async Task Every_page_kind_meets_the_Lighthouse_bars_on_phone_and_desktop()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "tests", "lighthouse", "node_modules", "lighthouse", "package.json")),
            "Lighthouse is missing: run `npm ci --prefix tests/lighthouse` (./test.sh does)");
        var results = await RunAsync(Pages());
        var table = Table(results);
        output.WriteLine(table);
        await File.WriteAllTextAsync(Path.Combine(Reports, "scores.md"), table);

        var failures = results
            .SelectMany(r => Bars
                .Where(bar => r.Scores[bar.Key] < bar.Value)
                .Select(bar => $"{r.Page} ({r.Path}) {r.FormFactor}: {bar.Key} {r.Scores[bar.Key]} < {bar.Value}"
                    + (bar.Key == "performance" ? $" (runs {string.Join(", ", r.PerformanceRuns)})" : "")
                    + "; failing audits: " + string.Join(", ", r.Failing[bar.Key])))
            .Concat(results.SelectMany(r => r.Errors.Select(e => $"{r.Page} {r.FormFactor}: Lighthouse error {e}")))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>One page of each kind: home, text, source, explainer, term, the indexes, search with a query, 404.</summary>
    private IReadOnlyList<(string Name, string Path)> Pages() =>
    [
        ("home", SitePages.Home),
        ("text", SitePages.Text(site)),
        ("source", SitePages.Source(site)),
        ("explainer", SitePages.Explainer(site)),
        ("term", SitePages.CloudMatrix),
        ("glossary", SitePages.Glossary),
        ("texts", "/texts/"),
        ("explainers", SitePages.Explainers),
        ("sources", SitePages.Sources),
        ("search", SitePages.Search + "?q=cloudmatrix"),
        // Lighthouse refuses to audit a response with status 404; /404.html is the same page, served with 200.
        ("404", "/404.html"),
    ];

    private async Task<IReadOnlyList<LighthouseResult>> RunAsync(IReadOnlyList<(string Name, string Path)> pages)
    {
        Directory.CreateDirectory(Reports);
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = [Script, "--chrome", SiteFixture.ChromiumPath, "--base", site.BaseUrl, "--out", Reports, "--runs", "3", "--bar", Bars["performance"].ToString()];
        foreach (var argument in arguments.Concat(pages.Select(p => $"{p.Name}={p.Path}")))
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await node.WaitForExitAsync(timeout.Token);
        output.WriteLine($"{await stderr}Lighthouse took {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(node.ExitCode == 0, $"run-lighthouse.mjs failed (exit {node.ExitCode}):\n{await stderr}");
        return JsonSerializer.Deserialize<List<LighthouseResult>>(await stdout)
            ?? throw new InvalidOperationException("run-lighthouse.mjs printed no results");
    }

    private static string Table(IReadOnlyList<LighthouseResult> results) =>
        "| page | form factor | Performance (runs) | Accessibility | Best Practices | SEO |\n|---|---|---|---|---|---|\n"
        + string.Concat(results.Select(r =>
            $"| {r.Page} `{r.Path}` | {r.FormFactor} | {r.Scores["performance"]} ({string.Join(", ", r.PerformanceRuns)}) | "
            + $"{r.Scores["accessibility"]} | {r.Scores["best-practices"]} | {r.Scores["seo"]} |\n"));
}
