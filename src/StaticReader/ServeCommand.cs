using System.CommandLine;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Pipeline;

namespace StaticReader.Cli;

/// <summary>
/// <c>staticreader serve</c>: builds into a folder of its own, serves it with ASP.NET Core, watches <c>input/</c> and
/// <c>theme/</c>, rebuilds on change and reloads open pages. A failed rebuild keeps the last good site
/// served and shows the errors in the terminal and in the page. It never touches <c>output/</c>: the served site
/// carries localhost URLs, and <c>output/</c> must always hold what <c>build</c> made.
/// </summary>
public static class ServeCommand
{
    /// <summary>The command's declaration: its options, help and action.</summary>
    public static Command Declare()
    {
        var port = new Option<int>("--port") { Description = "port", HelpName = "N", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port needs a number from 0 to 65535"); });
        var host = new Option<string>("--host") { Description = "address to listen on", HelpName = "ADDRESS", DefaultValueFactory = _ => "127.0.0.1" };
        var input = SharedOptions.Input();
        var theme = SharedOptions.Theme();
        var output = new Option<string?>("--output") { Description = "where to build the served site (default: a temporary folder, deleted on exit; serve never touches output/)", HelpName = "DIR" };
        var drafts = SharedOptions.Drafts();
        var command = new Command("serve", "Build the site, serve it, watch input/ and theme/, rebuild on every change and reload open pages (keeping their scroll position). A failed rebuild prints the errors and shows them over the page, while the last good site keeps being served.")
        {
            port, host, input, theme, output, drafts,
        };
        command.SetAction(result => Run(
            new BuildOptions(
                InputDir: result.GetValue(input)!,
                ThemeDir: result.GetValue(theme) ?? ThemeLocator.Default(),
                OutputDir: result.GetValue(output) ?? Path.Combine(Path.GetTempPath(), $"staticreader-serve-{Environment.ProcessId}"),
                BaseUrl: null,
                IncludeDrafts: result.GetValue(drafts)),
            result.GetValue(host)!, result.GetValue(port), ownFolder: result.GetValue(output) is null, result.GetValue(SharedOptions.Quiet)));
        return command.With("staticreader serve", "staticreader serve --port 8080 --drafts");
    }

    private static int Run(BuildOptions options, string host, int port, bool ownFolder, bool quiet)
    {
        if (!Directory.Exists(options.InputDir))
        {
            throw new UsageException($"the input folder '{options.InputDir}' does not exist");
        }

        if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            throw new UsageException($"--host needs a host name or an IP address (e.g. 127.0.0.1, 0.0.0.0 or localhost), not '{host}'");
        }

        var origin = Uri.CheckHostName(host) == UriHostNameType.IPv6 ? $"http://[{host}]:{port}" : $"http://{host}:{port}";

        try
        {
            return Serve(options, host, port, origin, quiet);
        }
        finally
        {
            if (ownFolder)
            {
                DeleteQuietly(options.OutputDir);
            }
        }
    }

    private static int Serve(BuildOptions options, string host, int port, string origin, bool quiet)
    {
        var headers = NetlifyHeaders.Find(options.InputDir);
        var hub = new LiveReloadHub();
        var rebuild = new Rebuilder(new SiteSession(options with { BaseUrl = origin + "/" }), hub, quiet);
        rebuild.Run(null);
        Directory.CreateDirectory(options.OutputDir);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(origin);
        var app = builder.Build();
        var output = Path.GetFullPath(options.OutputDir);
        app.MapGet(LiveReloadScript.Path, () => Results.Text(LiveReloadScript.Source, "text/javascript"));
        app.MapGet(LiveReloadScript.EventsPath, hub.Subscribe);
        // A catch-all route: MapFallback alone skips paths that look like files (site.css, lunr.min.js).
        app.MapFallback("{**path}", context => StaticFiles.Serve(context, output, headers));

        var input = options.InputDir.TrimEnd('/');
        using var watcher = new SiteWatcher([options.InputDir, options.ThemeDir], rebuild.Run);
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.Out.WriteLine($"Serving {input}/ at {string.Join(", ", app.Urls)} (Ctrl+C to stop)" +
                (headers.Count > 0 ? $", with the {headers.Count} [[headers]] rules of netlify.toml" : "")));
        try
        {
            app.Run();
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw new UsageException($"port {port} on {host} is already in use (another serve, or another program): pass --port with a free one, e.g. --port {(port == 65535 ? 5081 : port + 1)}");
        }

        return CommandLine.Ok;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary folder: the system cleans it if we cannot.
        }
    }

    /// <summary>Runs one build at a time and tells the pages what happened.</summary>
    private sealed class Rebuilder(SiteSession session, LiveReloadHub hub, bool quiet)
    {
        private readonly Lock gate = new();
        private CancellationTokenSource? running; // cancels the rest of the rebuild in progress, after its edited page

        /// <summary>Builds everything (<paramref name="changed"/> null) or what the changed files affect.</summary>
        public void Run(IReadOnlyCollection<string>? changed)
        {
            // A newer edit need not wait for the rest of the last one (term pages, search data): that rest is cancelled,
            // and the session writes what it owes along with this edit's rest.
            Volatile.Read(ref running)?.Cancel();
            lock (gate)
            {
                // Not disposed: a newer edit may cancel it just after this rebuild ends, and a source with no timer holds
                // nothing that needs disposing (cancelling a disposed one would throw).
                var rest = new CancellationTokenSource();
                Volatile.Write(ref running, rest);
                var clock = Stopwatch.StartNew();
                TimeSpan? firstReload = null;
                void Reload(IReadOnlyList<string>? urls)
                {
                    firstReload ??= clock.Elapsed;
                    hub.Reload(urls).GetAwaiter().GetResult();
                }

                var result = changed is null ? session.BuildAll() : session.Update(changed, urls => Reload(urls), rest.Token);
                Interlocked.CompareExchange(ref running, null, rest);
                var reason = changed is null ? "initial build" : string.Join(", ", changed.Select(Path.GetFileName).Order(StringComparer.Ordinal));
                CommandLine.Print(result.Diagnostics);
                if (result.Published)
                {
                    if (firstReload is null)
                    {
                        Reload(null); // a full build: every page may have changed
                    }

                    if (quiet)
                    {
                        return;
                    }

                    var how = result.Stats.Incremental ? $"{result.Stats.Files} file(s) rewritten" : $"{result.Stats.Pages} pages built";
                    Console.Out.WriteLine($"[{reason}] {how}, reload sent after {firstReload!.Value.TotalMilliseconds:F0} ms" +
                        (result.Stats.Files > 1 && result.Stats.Incremental ? $" (edited page), all done after {clock.Elapsed.TotalMilliseconds:F0} ms" : "") +
                        (session.OwesFiles ? "; the rest was cut short by a newer edit, which writes it" : ""));
                }
                else
                {
                    var errors = string.Join('\n', result.Diagnostics.Where(d => d.Severity == Severity.Error));
                    Console.Error.WriteLine($"[{reason}] build failed; still serving the last good site");
                    hub.Error(errors).GetAwaiter().GetResult();
                }
            }
        }
    }
}
