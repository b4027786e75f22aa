using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>
/// The reader's charts in the browser (every explainer and term page that has one): no axe-core violation in light or dark mode, narrow or wide; labels at a legible
/// size on a 375 px phone; no chart wider than its column; and the pages with charts valid under the Nu HTML checker.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FigureTests(SiteFixture site)
{
    /// <summary>The explainers and glossary terms of the built site that draw a chart.</summary>
    private static List<string> ChartPages(SiteFixture site) =>
        new[] { "explainers", "glossary" }
            .SelectMany(section => Directory.GetFiles(Path.Combine(site.OutputDir, section), "index.html", SearchOption.AllDirectories))
            .Where(f => File.ReadAllText(f).Contains("<figure class=\"figure chart", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(site.OutputDir, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Order(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [InlineData("light", 375)]
    [InlineData("dark", 375)]
    [InlineData("light", 1280)]
    [InlineData("dark", 1280)]
    public async Task Pages_with_charts_have_no_axe_violations_and_legible_labels(string mode, int width)
    {
        var pages = ChartPages(site);
        Assert.NotEmpty(pages);
        await using var context = await site.NewContextAsync(width: width, scheme: mode == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        var page = await context.NewPageAsync();
        foreach (var path in pages)
        {
            await page.OpenAsync(site, path);
            var violations = await page.AxeViolationsAsync();
            Assert.True(violations.Count == 0, $"{path} ({mode}, {width}px):\n" + string.Join("\n", violations));

            // The smallest label as drawn (its font size times the SVG's scale) and how far any chart overflows its column.
            var measured = await page.EvaluateAsync<double[]>("""
                () => {
                  let smallest = Infinity, overflow = 0;
                  for (const svg of document.querySelectorAll('figure.chart svg')) {
                    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                    for (const text of svg.querySelectorAll('text'))
                      smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
                    const column = svg.closest('.doc-body') ?? document.body;
                    overflow = Math.max(overflow, svg.getBoundingClientRect().right - column.getBoundingClientRect().right);
                  }
                  return [smallest, overflow];
                }
                """);
            var (smallest, overflow) = (measured[0], measured[1]);
            Assert.True(smallest >= 12, $"{path} at {width}px: a chart label is drawn at {smallest:0.0} px");
            Assert.True(overflow <= 0.5, $"{path} at {width}px: a chart runs {overflow:0.0} px past its column");
        }
    }

    [Fact]
    public async Task Pages_with_charts_pass_the_Nu_HTML_checker()
    {
        var jar = Path.Combine(RepoPaths.Root, "tests", "StaticReader.BrowserTests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run `npm ci` in tests/StaticReader.BrowserTests");
        var files = ChartPages(site).Select(p => Path.Combine(site.OutputDir, p.Trim('/'), "index.html")).ToList();
        Assert.NotEmpty(files);

        var start = new System.Diagnostics.ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "gnu" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var checker = System.Diagnostics.Process.Start(start)!;
        var output = checker.StandardOutput.ReadToEndAsync();
        var errors = await checker.StandardError.ReadToEndAsync(); // vnu writes its messages to stderr
        await checker.WaitForExitAsync();
        Assert.True(checker.ExitCode == 0 && errors.Trim().Length == 0, $"the Nu HTML checker reports (exit {checker.ExitCode}):\n{errors}{await output}");
    }

    [Fact]
    public async Task A_link_to_a_figure_reads_Figure_N_and_previews_the_figure_without_axe_violations()
    {
        await using var context = await site.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var path = ChartPages(site).First(p => File.ReadAllText(Path.Combine(site.OutputDir, p.Trim('/'), "index.html"))
            .Contains("<a class=\"wikilink\" href=\"" + p + "#fig-", StringComparison.Ordinal));
        await page.OpenAsync(site, path);
        var link = page.Locator($".doc-body a.wikilink[href^='{path}#fig-']").First;
        var label = (await link.TextContentAsync())!;
        Assert.Matches("^Figure [0-9]+$", label);
        var figure = page.Locator((await link.GetAttributeAsync("href"))![path.Length..]);
        Assert.Contains(label + ".", await figure.Locator(".figure-label").TextContentAsync(), StringComparison.Ordinal);

        await link.HoverAsync();
        var preview = page.Locator(".preview");
        await preview.WaitForAsync();
        Assert.StartsWith(label + " · ", await preview.Locator(".preview-kind").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await preview.Locator(".preview-figure svg.chart-svg").CountAsync());
        Assert.Equal(0, await preview.Locator("[id^='fig-']").CountAsync());
        var violations = await page.AxeViolationsAsync();
        Assert.True(violations.Count == 0, "figure preview open:\n" + string.Join("\n", violations));
    }
}
