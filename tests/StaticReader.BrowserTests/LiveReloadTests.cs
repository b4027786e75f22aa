using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>
/// <c>staticreader serve</c> in the browser: an edit reloads the page that shows it (with the new text) and leaves a
/// page the edit does not change as it is.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LiveReloadTests(SiteFixture site)
{
    private const string Sentence = "A sentence added while the page was open.";

    [Fact]
    public async Task An_edit_reloads_the_page_it_changes_and_no_other()
    {
        var root = Path.Combine(Path.GetTempPath(), "sr-livereload-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        Process? server = null;
        try
        {
            Assert.Equal(0, await RunAsync(root, "init", "site"));
            var port = FreePort();
            server = Process.Start(Start(root, "serve", "--input", "site/input", "--output", "site/output", "--port", port.ToString()))!;
            var origin = $"http://127.0.0.1:{port}";
            await WaitUntilServing(origin + "/");

            await using var context = await site.NewContextAsync();
            var text = await OpenWatchingAsync(context, origin + "/texts/first-text/");
            var home = await OpenWatchingAsync(context, origin + "/");
            var loads = new Dictionary<IPage, int> { [text] = 0, [home] = 0 };
            text.Load += (_, _) => loads[text]++;
            home.Load += (_, _) => loads[home]++;

            var file = Path.Combine(root, "site", "input", "texts", "first-text.md");
            await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).TrimEnd() + "\n\n" + Sentence + "\n");

            await text.WaitForFunctionAsync($"() => document.body.innerText.includes('{Sentence}')", null, new PageWaitForFunctionOptions { Timeout = 15000 });
            await home.WaitForTimeoutAsync(1500); // both reload phases (the page, then the pages it feeds) are over by now
            Assert.Equal(1, loads[text]);
            Assert.Equal(0, loads[home]);
            Assert.DoesNotContain(Sentence, await home.InnerTextAsync("body"));
        }
        finally
        {
            server?.Kill(entireProcessTree: true);
            server?.WaitForExit();
            server?.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Opens a page and waits until its live-reload event stream is connected.</summary>
    private static async Task<IPage> OpenWatchingAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var stream = page.WaitForResponseAsync(r => r.Url.EndsWith("/__staticreader/events", StringComparison.Ordinal));
        await page.GotoAsync(url);
        await stream;
        return page;
    }

    private static async Task WaitUntilServing(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if ((await http.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (attempt < 300)
            {
            }

            Assert.True(attempt < 300, "serve did not answer within a minute");
            await Task.Delay(200);
        }
    }

    private static async Task<int> RunAsync(string workingDir, params string[] args)
    {
        using var process = Process.Start(Start(workingDir, args))!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>The CLI built beside these tests (same configuration), run with <c>dotnet</c>.</summary>
    private static ProcessStartInfo Start(string workingDir, params string[] args)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var dll = Path.Combine(RepoPaths.Root, "src", "StaticReader", "bin", configuration, "net10.0", "StaticReader.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
