using StaticReader.Core.Diagnostics;
using StaticReader.Core.Model;
using StaticReader.Core.Output;
using StaticReader.Core.Rendering;

namespace StaticReader.Core.Emit;

/// <summary>The pages the site generates from its index: home, glossary and explainers indexes, search, 404.</summary>
public sealed class GeneratedPagesEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "generated";

    /// <inheritdoc />
    public void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics)
    {
        if (!scope.Everything)
        {
            return;
        }

        if (!model.Layouts.Has("base") && !model.Layouts.IsBroken("base"))
        {
            diagnostics.Error(model.Layouts.LayoutsDir, 0, 0, "the theme has no base layout", "add layouts/base.html that prints {{ page.content }}");
        }

        Parallel.ForEach(PageJobs.Generated(model, diagnostics), job =>
        {
            model.Renderer.Write(job, sink, diagnostics);
        });
    }

    /// <summary>Nothing: these pages show titles, summaries and counts from front matter, which a body edit leaves alone.</summary>
    public EmitScope Affected(SiteChange change) => EmitScope.Nothing;
}
