using StaticReader.Core.Diagnostics;
using StaticReader.Core.Extensions;
using StaticReader.Core.Indexing;
using StaticReader.Core.Loading;

namespace StaticReader.Core.Markdown;

/// <summary>Stage 3, convert: turns every page's markdown into HTML, in parallel, results in index order.</summary>
public static class ConvertMarkdown
{
    /// <summary>The converter of a build: one markdown pipeline and one list of passes (with every extension's additions), shared by every page.</summary>
    public static PageConverter Converter(SiteIndex index, IReadOnlyList<IReaderExtension> extensions) =>
        Converter(index, MarkdownPipelineFactory.Create(extensions), extensions);

    /// <summary>The converter of a build, with the pipeline <see cref="MarkdownPipelineFactory.Create"/> made for <paramref name="extensions"/>.</summary>
    public static PageConverter Converter(SiteIndex index, Markdig.MarkdownPipeline pipeline, IReadOnlyList<IReaderExtension> extensions) =>
        new(pipeline, index, extensions.SelectMany(e => e.PagePasses(index)).ToList());

    /// <summary>Converts every content page of the index, reading each page's markdown from <paramref name="site"/>.</summary>
    public static IReadOnlyList<ConvertedPage> Run(SiteIndex index, LoadedSite site, PageConverter converter, DiagnosticBag diagnostics)
    {
        var pages = index.Pages;
        var converted = new ConvertedPage[pages.Count];
        Parallel.For(0, pages.Count, i => converted[i] = converter.Convert(pages[i], site.BodyOf(pages[i].Document), diagnostics));
        return converted;
    }
}
