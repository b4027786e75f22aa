using StaticReader.Core.Diagnostics;
using StaticReader.Core.Model;
using StaticReader.Core.Output;
using StaticReader.Core.Rendering;

namespace StaticReader.Core.Emit;

/// <summary>
/// Every content page through its layout, straight into the sink: each page's model is built, rendered and written in
/// one step, a few pages at a time per core, so no list of rendered pages is ever held.
/// </summary>
public sealed class ContentPagesEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "pages";

    /// <inheritdoc />
    public void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics)
    {
        var pages = model.Pages.Where(p => scope.Includes(p.Page.Slug)).ToList();
        // Cancelled (serve's newer edit) between pages: each page written is whole and current.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2, CancellationToken = scope.Cancel };
        Parallel.ForEach(pages, parallel, page =>
        {
            var job = PageJobs.ForContent(model, page, diagnostics);
            if (job is not null)
            {
                model.Renderer.Write(job, sink, diagnostics);
            }
        });
    }

    /// <inheritdoc />
    /// <remarks>Also the text pages whose EPUB holds the edited page: they show the book's size.</remarks>
    public EmitScope Affected(SiteChange change) => EmitScope.Pages(change.FedSlugs.Append(change.EditedSlug)
        .Concat(Epub.EpubEditions.TextsHolding(change.After, change.EditedSlug)));
}
