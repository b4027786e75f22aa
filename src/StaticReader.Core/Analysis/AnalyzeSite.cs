using Markdig;
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
/// Analysis, the first half of every build: load (the theme alongside) → index → theme → convert → link (→ content
/// checks). The model it returns is complete even when diagnostics hold errors, so the emitters can still report what
/// else is wrong.
/// </summary>
public static class AnalyzeSite
{
    /// <summary>Analyzes the site that <paramref name="options"/> describe.</summary>
    public static SiteModel Run(BuildOptions options, DiagnosticBag diagnostics, StageClock clock)
    {
        IReadOnlyList<IReaderExtension> extensions = [new BuiltInExtension(), .. options.Extensions];

        // The theme and the markdown pipeline do not depend on the content, so they are made on another core while the
        // content loads, whose start (site.yml, the scan of the folders) is one thread's work. Most of their cost is
        // start-up, paid once: type loading, Scriban's built-in functions, Markdig's parsers.
        var theme = Task.Run(() => PrepareTheme(options, extensions, diagnostics));
        var site = clock.Stage("load", () => LoadContent.Run(options, diagnostics));
        var index = clock.Stage("index", () => IndexSite.Run(site, diagnostics));
        var (layouts, assets, pipeline) = clock.Stage("theme", () => theme.GetAwaiter().GetResult());
        var converter = ConvertMarkdown.Converter(index, pipeline, extensions);
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

    /// <summary>The theme's layouts and assets, and the markdown pipeline: what a build needs that the content does not shape.</summary>
    private static (ThemeLayouts Layouts, ThemeAssets Assets, MarkdownPipeline Pipeline) PrepareTheme(
        BuildOptions options, IReadOnlyList<IReaderExtension> extensions, DiagnosticBag diagnostics)
    {
        var layouts = ThemeLayouts.Load(options.ThemeDir, diagnostics, Path.Combine(options.InputDir, "layouts"));
        var assets = ThemeAssets.Load(options.ThemeDir, diagnostics);
        LayoutRenderer.Prepare();
        return (layouts, assets, MarkdownPipelineFactory.Create(extensions));
    }
}
