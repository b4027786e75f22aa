using StaticReader.Core.Diagnostics;
using StaticReader.Core.Model;
using StaticReader.Core.Output;
using StaticReader.Core.Rendering;

namespace StaticReader.Core.Emit;

/// <summary>The search data under <c>search/</c>, made from every page's passages; only when the site has search on.</summary>
public sealed class SearchEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "search";

    /// <inheritdoc />
    public void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics)
    {
        if (!scope.Everything || !model.Config.Search)
        {
            return;
        }

        SearchData.Write(model.Pages, sink, model.Config.SearchFormat, scope.Cancel);
    }

    /// <summary>The whole index on any edit (passages changed); nothing when search is off.</summary>
    public EmitScope Affected(SiteChange change) => change.After.Config.Search ? EmitScope.All : EmitScope.Nothing;
}
