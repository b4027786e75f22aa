using StaticReader.Core.Emit;
using StaticReader.Core.Emit.Epub;
using StaticReader.Core.Model;

namespace StaticReader.Core.Extensions;

/// <summary>
/// The reader's own emitters, registered the way any extension registers its own: content pages, generated pages,
/// preview files, feeds, assets, search data and EPUB editions, in that order.
/// </summary>
public sealed class BuiltInExtension : IReaderExtension
{
    /// <inheritdoc />
    public string Name => "built-in";

    /// <inheritdoc />
    public IEnumerable<IEmitter> Emitters(SiteModel model) =>
        [new ContentPagesEmitter(), new GeneratedPagesEmitter(), new PreviewsEmitter(), new FeedsEmitter(), new AssetsEmitter(), new SearchEmitter(), new EpubEmitter()];
}
