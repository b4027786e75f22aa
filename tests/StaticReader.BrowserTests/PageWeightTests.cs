using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;
using Xunit.Abstractions;

namespace StaticReader.BrowserTests;

/// <summary>The text page stays under 60 KB transferred (HTML, CSS, JS, fonts; the search index excluded).</summary>
[Collection(SiteCollection.Name)]
public sealed class PageWeightTests(SiteFixture site, ITestOutputHelper output)
{
    private const long Budget = 60 * 1024;

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Text_page_is_under_60_KB_transferred(int width)
    {
        await using var context = await site.NewContextAsync(width: width, touch: width < 600);
        var page = await context.NewPageAsync();
        var requests = new List<IRequest>();
        page.RequestFinished += (_, request) => requests.Add(request);
        await page.OpenAsync(site, SitePages.Text(site));
        await page.WaitForTimeoutAsync(500);

        long total = 0;
        var lines = new List<string>();
        foreach (var request in requests)
        {
            if (request.Url.Contains("/search/", StringComparison.Ordinal))
            {
                continue;
            }

            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            total += bytes;
            lines.Add($"{bytes,8:N0}  {new Uri(request.Url).AbsolutePath}");
        }

        var report = $"Text page at {width}px, gzip as served, headers included:\n" + string.Join("\n", lines) + $"\n{total,8:N0}  total (budget {Budget:N0})";
        output.WriteLine(report);
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await File.WriteAllTextAsync(Path.Combine(RepoPaths.Screenshots, $"page-weight-{width}.txt"), report + "\n");
        Assert.DoesNotContain(requests, r => r.ResourceType == "font");
        Assert.True(total < Budget, report);
    }
}
