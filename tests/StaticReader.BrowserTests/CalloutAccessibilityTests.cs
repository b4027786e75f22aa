using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;
using StaticReader.Core.Pipeline;

namespace StaticReader.BrowserTests;

/// <summary>
/// Callouts of every kind and an "Updates and corrections" section have no axe violations (contrast of each tint
/// included) in light and dark, on a phone and a desktop. The reader's own content has neither, so a small site of its
/// own (<c>Fixtures/callouts</c>) is built and served beside it, in the shared browser.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CalloutAccessibilityTests(SiteFixture site) : IDisposable
{
    private const string PagePath = "/texts/callouts/";
    private readonly string output = Path.Combine(Path.GetTempPath(), "staticreader-callouts-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticServer? server;

    public static TheoryData<string, int> Cases() => new()
    {
        { "light", 375 }, { "dark", 375 }, { "light", 1280 }, { "dark", 1280 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Callouts_and_corrections_have_no_axe_violations(string mode, int width)
    {
        await using var context = await site.NewContextAsync(width: width, scheme: mode == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.OpenUrlAsync(Serve() + PagePath);

        // The page really has what is under test: five callouts and the corrections, visible.
        Assert.Equal(5, await page.Locator(".callout").CountAsync());
        Assert.True(await page.Locator(".corrections").IsVisibleAsync(), "the corrections section is not visible");
        Assert.Equal(2, await page.Locator(".corrections li").CountAsync());

        var violations = await page.AxeViolationsAsync();
        Assert.True(violations.Count == 0, $"callouts and corrections ({mode}, {width}px):\n" + string.Join("\n", violations));
    }

    private string Serve()
    {
        if (server is null)
        {
            var input = Path.Combine(RepoPaths.Root, "tests", "StaticReader.BrowserTests", "Fixtures", "callouts", "input");
            var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output));
            Assert.True(result.Published, "the callouts site did not build:\n" + string.Join('\n', result.Diagnostics));
            server = new StaticServer(output);
        }

        return server.BaseUrl;
    }

    public void Dispose()
    {
        server?.Dispose();
        try
        {
            Directory.Delete(output, recursive: true);
        }
        catch (IOException)
        {
            // Nothing was built, or a temp folder is left behind: harmless.
        }
    }
}
