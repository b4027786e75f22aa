using StaticReader.Core.Content;
using StaticReader.Core.Extensions;
using StaticReader.Core.Indexing;
using StaticReader.Core.Linking;
using StaticReader.Core.Loading;
using StaticReader.Core.Markdown;
using StaticReader.Core.Rendering;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Model;

/// <summary>
/// Everything analysis learned about a site: its settings, content, index, converted pages, link graph and theme. Built
/// once by <see cref="Analysis.AnalyzeSite"/> (or updated for one edit by <see cref="Analysis.UpdateSite"/>) and only
/// read afterwards, by every emitter.
/// </summary>
/// <param name="Site">What was loaded from <c>input/</c>.</param>
/// <param name="Index">Pages, URLs, anchors and term names.</param>
/// <param name="Layouts">The theme's parsed layouts.</param>
/// <param name="Assets">The theme's fingerprinted static files.</param>
/// <param name="Pages">Every content page after conversion, in index order.</param>
/// <param name="Links">Backlinks between pages.</param>
/// <param name="Extensions">The reader extensions of this build, built-in ones first.</param>
/// <param name="Converter">The page converter of this build, kept so an edit is converted exactly as the build converted it.</param>
/// <param name="Renderer">The layout renderer and its site-wide globals, shared by every page of the build.</param>
/// <param name="Targets">The generated pages, files and layout ids that content links may point to.</param>
public sealed record SiteModel(
    LoadedSite Site,
    SiteIndex Index,
    ThemeLayouts Layouts,
    ThemeAssets Assets,
    IReadOnlyList<ConvertedPage> Pages,
    SiteLinks Links,
    IReadOnlyList<IReaderExtension> Extensions,
    PageConverter Converter,
    LayoutRenderer Renderer,
    SiteTargets Targets)
{
    // The converted pages by slug, built on first use and tied to the list it was built from: a model copied with
    // `with { Pages = … }` (serve's update) must not answer from the old list. A reference, so threads that race to
    // build it each see a whole one.
    private Tuple<IReadOnlyList<ConvertedPage>, Dictionary<string, ConvertedPage>>? bySlug;

    /// <summary>The site's settings.</summary>
    public SiteConfig Config => Index.Config;

    /// <summary>The converted page whose slug is <paramref name="slug"/>, or null.</summary>
    public ConvertedPage? PageOf(string slug)
    {
        var lookup = bySlug;
        if (lookup is null || !ReferenceEquals(lookup.Item1, Pages))
        {
            var pages = Pages;
            var map = new Dictionary<string, ConvertedPage>(pages.Count, StringComparer.Ordinal);
            foreach (var page in pages)
            {
                map.TryAdd(page.Page.Slug, page);
            }

            bySlug = lookup = Tuple.Create(pages, map);
        }

        return lookup.Item2.GetValueOrDefault(slug);
    }
}
