using StaticReader.Core.Checking;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Extensions;
using StaticReader.Core.Indexing;
using StaticReader.Core.Linking;
using StaticReader.Core.Loading;
using StaticReader.Core.Markdown;
using StaticReader.Core.Model;
using StaticReader.Core.Pipeline;
using StaticReader.Core.Rendering;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Analysis;

/// <summary>
/// Analysis, the first half of every build: load → index → theme → convert → link (→ content checks). The model it
/// returns is complete even when diagnostics hold errors, so the emitters can still report what else is wrong.
/// </summary>
public static class AnalyzeSite
{
    /// <summary>Analyzes the site that <paramref name="options"/> describe.</summary>
    public static SiteModel Run(BuildOptions options, DiagnosticBag diagnostics, StageClock clock)
    {
        IReadOnlyList<IReaderExtension> extensions = [new BuiltInExtension(), .. options.Extensions];
        var site = clock.Stage("load", () => LoadContent.Run(options, diagnostics));
        var index = clock.Stage("index", () => IndexSite.Run(site, diagnostics));
        var layouts = clock.Stage("theme", () => ThemeLayouts.Load(options.ThemeDir, diagnostics, Path.Combine(options.InputDir, "layouts")));
        var assets = clock.Stage("assets", () => ThemeAssets.Load(options.ThemeDir, diagnostics));
        var converter = ConvertMarkdown.Converter(index, extensions);
        var pages = clock.Stage("convert", () => ConvertMarkdown.Run(index, site, converter, diagnostics));
        var targets = SiteTargets.Of(index, site, assets, layouts);
        var links = clock.Stage("link", () => LinkPages.Run(pages, diagnostics, targets));
        if (options.Check)
        {
            ContentChecks.Run(index, links, index.Config.Nav.Select(n => index.UrlFor(n.Url)), diagnostics);
        }

        var renderer = new LayoutRenderer(layouts, TemplateModels.Site(index, site.Data, assets, extensions));
        // The bodies are converted: without them the model holds each page's HTML once, not its markdown as well.
        return new SiteModel(site.WithoutBodies(), index, layouts, assets, pages, links, extensions, converter, renderer, targets);
    }
}
