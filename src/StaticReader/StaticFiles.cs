using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace StaticReader.Cli;

/// <summary>Serves files of the output folder with pretty URLs and the live-reload script added to HTML pages.</summary>
public static class StaticFiles
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>Answers one request from <paramref name="root"/>, with the response headers <paramref name="headers"/> give its path.</summary>
    public static async Task Serve(HttpContext context, string root, NetlifyHeaders headers)
    {
        var requested = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        var path = Path.GetFullPath(Path.Combine(root, requested.TrimStart('/')));
        if (!IsInside(path, root))
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (Directory.Exists(path))
        {
            if (!requested.EndsWith('/'))
            {
                context.Response.Redirect(requested + "/");
                return;
            }

            path = Path.Combine(path, "index.html");
        }

        var status = 200;
        if (!File.Exists(path))
        {
            status = 404;
            path = Path.Combine(root, "404.html");
            if (!File.Exists(path))
            {
                context.Response.StatusCode = 404;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-cache";
        headers.Apply(context.Response, context.Request.Path.Value ?? "/");
        context.Response.ContentType = Types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        var bytes = await File.ReadAllBytesAsync(path);
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes);
            var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = end < 0 ? html + LiveReloadScript.Tag : html.Insert(end, LiveReloadScript.Tag);
            bytes = Encoding.UTF8.GetBytes(html);
            context.Response.ContentType = "text/html; charset=utf-8";
        }

        await context.Response.Body.WriteAsync(bytes);
    }

    /// <summary>
    /// True when <paramref name="path"/> is <paramref name="root"/> or below it. The separator matters: a bare prefix test
    /// lets <c>/..%2Foutput-old/secret.txt</c> through to the sibling folder <c>output-old/</c>.
    /// </summary>
    public static bool IsInside(string path, string root)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        return path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
