using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace StaticReader.Cli;

/// <summary>
/// Server-sent events to every open page: "reload" after a successful rebuild (its data, when not empty, is a
/// JSON array of the URLs that changed, and other pages stay as they are), "error" with the
/// diagnostics after a failed one (the page shows them in an overlay while the last good site stays served).
/// </summary>
public sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Guid, HttpResponse> clients = new();
    private string? lastError;

    /// <summary>Keeps an event stream open until the browser leaves.</summary>
    public async Task Subscribe(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var id = Guid.NewGuid();
        clients[id] = context.Response;
        try
        {
            await Send(context.Response, lastError is null ? "hello" : "error", lastError ?? "");
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            clients.TryRemove(id, out _);
        }
    }

    /// <summary>Tells the open pages to reload: all of them, or only those showing one of <paramref name="urls"/>.</summary>
    public Task Reload(IReadOnlyList<string>? urls = null)
    {
        lastError = null;
        return Broadcast("reload", urls is null ? "" : System.Text.Json.JsonSerializer.Serialize(urls));
    }

    /// <summary>Shows a build error on every page.</summary>
    public Task Error(string message)
    {
        lastError = message;
        return Broadcast("error", message);
    }

    private async Task Broadcast(string name, string data)
    {
        foreach (var (id, response) in clients)
        {
            try
            {
                await Send(response, name, data);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                clients.TryRemove(id, out _);
            }
        }
    }

    private static async Task Send(HttpResponse response, string name, string data)
    {
        var builder = new StringBuilder().Append("event: ").Append(name).Append('\n');
        foreach (var line in data.Split('\n'))
        {
            builder.Append("data: ").Append(line).Append('\n');
        }

        await response.WriteAsync(builder.Append('\n').ToString());
        await response.Body.FlushAsync();
    }
}
