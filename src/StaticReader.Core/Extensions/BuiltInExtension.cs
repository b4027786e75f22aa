using StaticReader.Core.Emit;
using StaticReader.Core.Emit.Epub;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.Glossary;
using StaticReader.Core.Markdown.Passes;
using StaticReader.Core.Model;

namespace StaticReader.Core.Extensions;

/// <summary>
/// The reader's own page passes and emitters, registered the way any extension registers its own: the passes below,
/// then EPUB editions (first, because each text page shows its book's size), content pages, generated pages, preview
/// files, feeds, assets and search data, in that order.
/// </summary>
public sealed class BuiltInExtension : IReaderExtension
{
    /// <inheritdoc />
    public string Name => "built-in";

    /// <summary>
    /// The reader's page passes, in the order they must run: ids for notes before anything links to them; URL safety
    /// before any URL is rewritten; figures read before URLs are rebased (images are sized from their paths as written) and
    /// before wikilinks (which show "Figure N"); links resolved before terms are auto-linked (a term already inside a link is not
    /// linked again); headings before passages (passage ids avoid heading ids); highlights tied to notes last.
    /// </summary>
    public IEnumerable<IPagePass> PagePasses(SiteIndex index) =>
    [
        new AssignAnnotationIds(),
        new ReadFigures(),
        new RefuseUnsafeUrls(),
        new RebaseSiteUrls(),
        new ResolveWikiLinks(),
        new ResolveCitations(),
        new AutoLinkTerms(new GlossaryAutoLinker(new TermTrie(index.TermNames), index.Config.AutoLink)),
        new CheckAnnotations(),
        new CollectHeadings(),
        new AssignPassages(),
        new TieHighlightsToNotes(),
    ];

    /// <inheritdoc />
    public IEnumerable<IEmitter> Emitters(SiteModel model) =>
        [new EpubEmitter(), new ContentPagesEmitter(), new GeneratedPagesEmitter(), new PreviewsEmitter(), new FeedsEmitter(), new AssetsEmitter(), new SearchEmitter()];
}
