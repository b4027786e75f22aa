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
    /// <summary>Runs the command until Ctrl+C.</summary>
    public static int Run(string[] args)
    {
        var parsed = Arguments.Parse(args, ["input", "theme", "output", "port", "host"], ["drafts", "help"]);
        if (parsed.Has("help"))
        {
            Console.Out.Write(Usage.Serve);
            return CommandLine.Ok;
        }

        var options = new BuildOptions(
            InputDir: parsed.Value("input", "input"),
            ThemeDir: parsed.Value("theme") ?? ThemeLocator.Default(),
            OutputDir: parsed.Value("output") ?? Path.Combine(Path.GetTempPath(), $"staticreader-serve-{Environment.ProcessId}"),
            BaseUrl: null,
            IncludeDrafts: parsed.Has("drafts"));
        if (!Directory.Exists(options.InputDir))
        {
            throw new UsageException($"the input folder '{options.InputDir}' does not exist");
        }

        if (!int.TryParse(parsed.Value("port", "5080"), out var port) || port is < 0 or > 65535)
        {
            throw new UsageException("--port needs a number from 0 to 65535");
        }

        var host = parsed.Value("host", "127.0.0.1");
        if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            throw new UsageException($"--host needs a host name or an IP address (e.g. 127.0.0.1, 0.0.0.0 or localhost), not '{host}'");
        }

        var origin = Uri.CheckHostName(host) == UriHostNameType.IPv6 ? $"http://[{host}]:{port}" : $"http://{host}:{port}";

        var ownFolder = parsed.Value("output") is null;
        try
        {
            return Serve(options, host, port, origin);
        }
        finally
        {
            if (ownFolder)
            {
                DeleteQuietly(options.OutputDir);
            }
        }
    }

    private static int Serve(BuildOptions options, string host, int port, string origin)
    {
        var headers = NetlifyHeaders.Find(options.InputDir);
        var hub = new LiveReloadHub();
        var rebuild = new Rebuilder(new SiteSession(options with { BaseUrl = origin + "/" }), hub);
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
    private sealed class Rebuilder(SiteSession session, LiveReloadHub hub)
    {
        private readonly Lock gate = new();

        /// <summary>Builds everything (<paramref name="changed"/> null) or what the changed files affect.</summary>
        public void Run(IReadOnlyCollection<string>? changed)
        {
            lock (gate)
            {
                var clock = Stopwatch.StartNew();
                TimeSpan? firstReload = null;
                void Reload(IReadOnlyList<string>? urls)
                {
                    firstReload ??= clock.Elapsed;
                    hub.Reload(urls).GetAwaiter().GetResult();
                }

                var result = changed is null ? session.BuildAll() : session.Update(changed, urls => Reload(urls));
                var reason = changed is null ? "initial build" : string.Join(", ", changed.Select(Path.GetFileName).Order(StringComparer.Ordinal));
                CommandLine.Print(result.Diagnostics);
                if (result.Published)
                {
                    if (firstReload is null)
                    {
                        Reload(null); // a full build: every page may have changed
                    }

                    var how = result.Stats.Incremental ? $"{result.Stats.Files} file(s) rewritten" : $"{result.Stats.Pages} pages built";
                    Console.Out.WriteLine($"[{reason}] {how}, reload sent after {firstReload!.Value.TotalMilliseconds:F0} ms" +
                        (result.Stats.Files > 1 && result.Stats.Incremental ? $" (edited page), all done after {clock.Elapsed.TotalMilliseconds:F0} ms" : ""));
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
