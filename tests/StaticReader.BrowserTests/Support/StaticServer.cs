using System.IO.Compression;
using System.Net;
using System.Net.Sockets;

namespace StaticReader.BrowserTests.Support;

/// <summary>
/// A tiny static file server for the built site on 127.0.0.1, behaving like the production host:
/// pretty URLs (<c>/x/</c> → <c>/x/index.html</c>), <c>/404.html</c> with status 404 for anything missing,
/// gzip for text when the browser accepts it, and a strict Content-Security-Policy (no inline script
/// or style), so that a theme relying on inline code fails the console-error tests.
/// </summary>
public sealed class StaticServer : IDisposable
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
    };

    private readonly string root;
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public StaticServer(string root)
    {
        this.root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        loop = Task.Run(AcceptLoop);
    }

    /// <summary>The origin, without a trailing slash.</summary>
    public string BaseUrl { get; }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoop()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested || !listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var (file, status) = Resolve(context.Request.Url?.AbsolutePath ?? "/");
            response.StatusCode = status;
            response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Cache-Control"] = "no-cache";
            if (file is null)
            {
                response.ContentType = "text/plain; charset=utf-8";
                var body = "Not found"u8.ToArray();
                response.ContentLength64 = body.Length;
                response.OutputStream.Write(body);
                return;
            }

            var type = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.ContentType = type;
            var bytes = File.ReadAllBytes(file);
            var acceptsGzip = (context.Request.Headers["Accept-Encoding"] ?? "").Contains("gzip", StringComparison.OrdinalIgnoreCase);
            if (acceptsGzip && (!type.StartsWith("image/", StringComparison.Ordinal) || type == "image/svg+xml"))
            {
                bytes = Gzip(bytes);
                response.Headers["Content-Encoding"] = "gzip";
                response.Headers["Vary"] = "Accept-Encoding";
            }

            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod != "HEAD")
            {
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception)
        {
            // The browser went away mid-response: nothing to do.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception)
            {
                // Already closed by the client.
            }
        }
    }

    private (string? File, int Status) Resolve(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        var candidate = Path.GetFullPath(Path.Combine(root, relative));
        if (candidate.StartsWith(root, StringComparison.Ordinal))
        {
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "index.html")) && urlPath.EndsWith('/'))
            {
                return (Path.Combine(candidate, "index.html"), 200);
            }

            if (File.Exists(candidate))
            {
                return (candidate, 200);
            }
        }

        var notFound = Path.Combine(root, "404.html");
        return (File.Exists(notFound) ? notFound : null, 404);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // Stopping the listener faults the pending accept.
        }

        stop.Dispose();
    }
}
