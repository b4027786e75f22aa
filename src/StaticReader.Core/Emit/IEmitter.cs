using StaticReader.Core.Diagnostics;
using StaticReader.Core.Model;
using StaticReader.Core.Output;

namespace StaticReader.Core.Emit;

/// <summary>
/// Turns the site model into files: content pages, generated pages, feeds, assets, search data… A full build asks
/// each emitter for <see cref="EmitScope.All"/>; serve asks it what an edit affects and emits only that, so the full
/// build and the incremental one run the same code.
/// </summary>
public interface IEmitter
{
    /// <summary>A verb-like name shown in <c>--verbose</c> timings (e.g. <c>pages</c>, <c>search</c>).</summary>
    string Name { get; }

    /// <summary>Writes the files of <paramref name="scope"/> into <paramref name="sink"/>; problems go to <paramref name="diagnostics"/>.</summary>
    void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics);

    /// <summary>What of this emitter's output an edit changes (often nothing).</summary>
    EmitScope Affected(SiteChange change);
}
