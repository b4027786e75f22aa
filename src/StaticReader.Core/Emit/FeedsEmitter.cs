using StaticReader.Core.Diagnostics;
using StaticReader.Core.Model;
using StaticReader.Core.Output;
using StaticReader.Core.Rendering;

namespace StaticReader.Core.Emit;

/// <summary>The machine-readable files: <c>feed.xml</c>, <c>sitemap.xml</c>, <c>robots.txt</c> and Netlify's <c>_redirects</c>.</summary>
public sealed class FeedsEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "feeds";

    /// <inheritdoc />
    public void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics)
    {
        if (!scope.Everything)
        {
            return;
        }

        // Side by side: the feed and the sitemap each list every page, and each is one thread's work.
        Parallel.ForEach(SiteFeeds.Files(model.Index), file =>
        {
            using var stream = new BufferedStream(sink.Create(file.Path), 1 << 16);
            file.Write(stream);
        });
    }

    /// <summary>Nothing: feeds and sitemap are made of front matter (titles, summaries, dates, redirects) alone.</summary>
    public EmitScope Affected(SiteChange change) => EmitScope.Nothing;
}
