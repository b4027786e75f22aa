using StaticReader.Core.Diagnostics;
using StaticReader.Core.Model;
using StaticReader.Core.Output;

namespace StaticReader.Core.Emit;

/// <summary>The theme's fingerprinted files under <c>static/</c> and the site's own <c>input/assets/</c>, copied as they are.</summary>
public sealed class AssetsEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "assets";

    /// <inheritdoc />
    public void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics)
    {
        if (!scope.Everything)
        {
            return;
        }

        Parallel.ForEach(model.Assets.All, asset =>
        {
            using var stream = sink.Create(asset.OutputPath);
            stream.Write(asset.Content);
        });
        Parallel.ForEach(model.Site.Assets, asset => sink.Copy(asset.FullPath, "assets/" + asset.RelativePath));
    }

    /// <summary>Nothing: a changed asset is not a body edit, so serve rebuilds the whole site for it.</summary>
    public EmitScope Affected(SiteChange change) => EmitScope.Nothing;
}
