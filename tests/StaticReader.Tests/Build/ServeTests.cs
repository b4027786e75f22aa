using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CliRun = StaticReader.Tests.Reliability.Cli;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// <c>staticreader serve</c> as a writer uses it: edit a file and the page reloads with the new text;
/// break it and the error reaches the browser while the last good page is still served; fix it again.
/// </summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Edits_reload_and_errors_keep_the_last_good_site()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nFirst version.");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "StaticReader.dll"), "serve", "--port", port.ToString(), "--theme", site.Theme })
        {
            start.ArgumentList.Add(arg);
        }

        using var server = Process.Start(start)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
            var page = await Eventually(() => http.GetStringAsync("about/"));
            Assert.Contains("First version.", page);
            Assert.Contains("/__staticreader/livereload.js", page);

            using var events = await http.GetStreamAsync("__staticreader/events");
            using var reader = new StreamReader(events);
            Assert.Equal("event: hello", await reader.ReadLineAsync());

            site.Write("pages/about.md", "---\ntitle: About\n---\nSecond version.");
            Assert.Equal("event: reload", await NextEvent(reader));
            Assert.Equal("data: [\"/about/\"]", await reader.ReadLineAsync()); // a body edit reloads only the pages it changed
            Assert.Contains("Second version.", await http.GetStringAsync("about/"));

            site.Write("pages/about.md", "---\ntitle: [broken\n---\nThird version.");
            Assert.Equal("event: error", await NextEvent(reader));
            var errorLine = await reader.ReadLineAsync();
            Assert.Contains("input/pages/about.md:2:", errorLine);
            Assert.Contains("Second version.", await http.GetStringAsync("about/"));

            site.Write("pages/about.md", "---\ntitle: About\n---\nFixed version.");
            Assert.Equal("event: reload", await NextEvent(reader));
            Assert.Contains("Fixed version.", await http.GetStringAsync("about/"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_port_already_in_use_is_a_usage_error_that_names_the_port()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nText.");
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var run = CliRun.Run(site.Root, null, TimeSpan.FromSeconds(60), "serve", "--port", port.ToString(), "--theme", site.Theme);
            Assert.True(run.Code != -1, "serve kept running on a port that is in use");
            Assert.Equal(2, run.Code);
            Assert.Contains($"port {port} on 127.0.0.1 is already in use", run.Err);
            Assert.DoesNotContain("   at ", run.Err); // no stack trace
            CliRun.AssertNoCrash(run);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task An_ipv6_host_is_served_in_brackets()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nText.");
        var port = FreePort();
        using var server = Process.Start(CliRun.StartInfo(site.Root, null, "serve", "--port", port.ToString(), "--host", "::1", "--theme", site.Theme))!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://[::1]:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
            Assert.Contains("Text.", await Eventually(() => http.GetStringAsync("about/")));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Responses_carry_the_headers_of_the_sites_netlify_toml()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nText.");
        File.WriteAllText(Path.Combine(site.Root, "netlify.toml"), """
            [[headers]]
              for = "/*"
              [headers.values]
                Content-Security-Policy = "default-src 'self'"
                X-Test = "every path"
            [[headers]]
              for = "/about/*"
              [headers.values]
                X-Test = "about only"
            """);
        var port = FreePort();
        using var server = Process.Start(CliRun.StartInfo(site.Root, null, "serve", "--port", port.ToString(), "--theme", site.Theme))!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
            await Eventually(() => http.GetStringAsync("about/"));
            using var about = await http.GetAsync("about/");
            Assert.Equal("default-src 'self'", string.Join(",", about.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("about only", string.Join(",", about.Headers.GetValues("X-Test")));
            using var home = await http.GetAsync("");
            Assert.Equal("every path", string.Join(",", home.Headers.GetValues("X-Test")));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task No_request_reaches_a_file_outside_the_served_folder()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nText.");
        var sibling = Path.Combine(site.Root, "served-old");
        Directory.CreateDirectory(sibling);
        File.WriteAllText(Path.Combine(sibling, "secret.txt"), "SECRET");
        var port = FreePort();
        using var server = Process.Start(CliRun.StartInfo(site.Root, null, "serve", "--port", port.ToString(), "--theme", site.Theme, "--output", "served"))!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
            Assert.Contains("Text.", await Eventually(() => http.GetStringAsync("about/")));
            foreach (var target in new[]
            {
                "/..%2Fserved-old%2Fsecret.txt", "/%2E%2E%2Fserved-old%2Fsecret.txt", "/..%5Cserved-old%5Csecret.txt",
                "/../served-old/secret.txt", "/about/..%2F..%2Fserved-old%2Fsecret.txt", "/%2e%2e/served-old/secret.txt",
            })
            {
                var (status, body) = await RawGet(port, target);
                Assert.True(status == 404 || status == 400, $"{target} answered {status}");
                Assert.DoesNotContain("SECRET", body);
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Serve_never_touches_the_output_folder_that_build_wrote()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nText.");
        var build = CliRun.Run(site.Root, null, TimeSpan.FromSeconds(120), "build", "--theme", site.Theme);
        Assert.Equal(0, build.Code);
        var output = Path.Combine(site.Root, "output");
        var before = TreeSnapshot.Of(output);

        var port = FreePort();
        using (var server = Process.Start(CliRun.StartInfo(site.Root, null, "serve", "--port", port.ToString(), "--theme", site.Theme))!)
        {
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
                Assert.Contains($"http://127.0.0.1:{port}/about/", await Eventually(() => http.GetStringAsync("about/")));
                site.Write("pages/about.md", "---\ntitle: About\n---\nEdited.");
                await Eventually(async () => (await http.GetStringAsync("about/")).Contains("Edited.") ? "" : throw new HttpRequestException("not yet"));
            }
            finally
            {
                server.Kill(entireProcessTree: true);
            }
        }

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var busy = ((IPEndPoint)listener.LocalEndpoint).Port;
            Assert.Equal(2, CliRun.Run(site.Root, null, TimeSpan.FromSeconds(60), "serve", "--port", busy.ToString(), "--theme", site.Theme).Code);
        }
        finally
        {
            listener.Stop();
        }

        Assert.Equal(before, TreeSnapshot.Of(output));
    }

    /// <summary>A GET with the request target sent exactly as given (HttpClient would normalise dot segments).</summary>
    private static async Task<(int Status, string Body)> RawGet(int port, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = client.GetStream();
        var request = System.Text.Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    [Theory]
    [InlineData("bad host")]
    [InlineData("http://127.0.0.1")]
    [InlineData("")]
    public void A_host_that_is_not_a_host_name_or_address_is_a_usage_error(string host)
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nText.");
        var run = CliRun.Run(site.Root, null, TimeSpan.FromSeconds(60), "serve", "--port", FreePort().ToString(), "--host", host, "--theme", site.Theme);
        Assert.Equal(2, run.Code);
        Assert.Contains("--host", run.Err);
        Assert.DoesNotContain("base URL", run.Err); // the writer's site.yml is not to blame
        CliRun.AssertNoCrash(run);
    }

    private static async Task<string> NextEvent(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            if (line is null || line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return line ?? "";
            }
        }
    }

    private static async Task<string> Eventually(Func<Task<string>> get)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await get();
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(200);
            }
        }
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
