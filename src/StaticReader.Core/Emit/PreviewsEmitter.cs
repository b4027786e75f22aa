using StaticReader.Core.Diagnostics;
using StaticReader.Core.Model;
using StaticReader.Core.Output;
using StaticReader.Core.Rendering;

namespace StaticReader.Core.Emit;

/// <summary>
/// One small preview file per content page (<c>previews/&lt;slug&gt;.json</c>), fetched by the client when a reader
/// points at a link to that page. Files are named by slug, not content hash: like pages they are revalidated by the host
/// (only <c>static/</c> is cached for good), so a rebuilt site never serves a stale preview.
/// </summary>
public sealed class PreviewsEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "previews";

    /// <inheritdoc />
    public void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics)
    {
        var pages = model.Pages.Where(p => scope.Includes(p.Page.Slug)).ToList();
        Parallel.ForEach(pages, page =>
            PageWriter.WriteJson(sink, PreviewFiles.PathOf(page.Page.Slug), PreviewFiles.Options, json => PreviewFiles.Write(model.Index, page, json)));
    }

    /// <summary>
    /// The edited page's own file: a body edit changes its passages and their links. Titles, summaries and related terms
    /// are front matter, whose change is a full build.
    /// </summary>
    public EmitScope Affected(SiteChange change) => EmitScope.Pages([change.EditedSlug]);
}
