using StaticReader.Core.Indexing;
using StaticReader.Core.Loading;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Linking;

/// <summary>
/// What a link in content may point to besides content pages, known before anything is written: the pages the site
/// generates, the files it publishes (the site's assets, the theme's static files, feeds) and the ids every layout adds
/// to a page (<c>#main</c>). Paths are below the base path (<c>glossary/</c>, <c>assets/x.png</c>).
/// </summary>
/// <param name="Files">Paths of generated pages and published files.</param>
/// <param name="LayoutIds">Ids the layouts write on the pages they render.</param>
/// <param name="BasePath">The site's base path (<c>/</c>, or <c>/reader/</c> for a site below a path).</param>
public sealed record SiteTargets(IReadOnlySet<string> Files, IReadOnlySet<string> LayoutIds, string BasePath)
{
    /// <summary>No generated page, file or layout id: only content pages resolve (tests of the link stage alone).</summary>
    public static SiteTargets None { get; } = new(new HashSet<string>(), new HashSet<string>(), "/");

    /// <summary>The targets of a site with its theme.</summary>
    public static SiteTargets Of(SiteIndex index, LoadedSite site, ThemeAssets assets, ThemeLayouts layouts)
    {
        var files = new HashSet<string>(StringComparer.Ordinal)
        {
            "", "glossary/", "explainers/", "404.html", "feed.xml", "sitemap.xml", "robots.txt",
        };
        if (Rendering.TextsIndex.Generated(index, layouts.Has))
        {
            files.Add("texts/");
        }
        if (index.Config.Search)
        {
            files.Add("search/");
        }

        files.UnionWith(site.Assets.Select(a => "assets/" + a.RelativePath));
        files.UnionWith(assets.All.Select(a => a.OutputPath));
        return new SiteTargets(files, layouts.StaticIds, index.Config.BasePath);
    }
}
