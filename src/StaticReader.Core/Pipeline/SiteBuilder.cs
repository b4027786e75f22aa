using System.Diagnostics;
using StaticReader.Core.Checking;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Linking;
using StaticReader.Core.Loading;
using StaticReader.Core.Markdown;
using StaticReader.Core.Output;
using StaticReader.Core.Rendering;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Pipeline;

/// <summary>
/// The whole build, top to bottom, one stage per line:
/// load → index → load theme → convert markdown → link (backlinks, anchors) → index search → render layouts → write → check (optional).
/// Every stage reports problems as diagnostics; nothing is written unless the build has no errors.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    /// <param name="options">What to build.</param>
    /// <param name="onStage">Called after each stage with its name and duration (progress output).</param>
    public static BuildResult Build(BuildOptions options, Action<string, TimeSpan>? onStage = null) =>
        BuildWithState(options, onStage).Result;

    /// <summary>Builds the site and also returns what an incremental rebuild needs (null when the build failed).</summary>
    public static (BuildResult Result, BuildState? State) BuildWithState(BuildOptions options, Action<string, TimeSpan>? onStage = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        T Stage<T>(string name, Func<T> run)
        {
            var result = run();
            timings.Add((name, clock.Elapsed));
            onStage?.Invoke(name, clock.Elapsed);
            clock.Restart();
            return result;
        }

        var site = Stage("load", () => LoadContent.Run(options, diagnostics));
        var index = Stage("index", () => IndexSite.Run(site, diagnostics));
        var layouts = Stage("theme", () => ThemeLayouts.Load(options.ThemeDir, diagnostics));
        var assets = Stage("assets", () => ThemeAssets.Load(options.ThemeDir, diagnostics));
        var converted = Stage("convert", () => ConvertMarkdown.Run(index, diagnostics));
        var links = Stage("link", () => LinkPages.Run(converted, diagnostics));
        if (options.Check)
        {
            ContentChecks.Run(index, links, index.Config.Nav.Select(n => index.UrlFor(n.Url)), diagnostics);
        }

        var search = Stage("search", () => SearchData.Build(converted));
        var files = Stage("render", () => RenderPages.Run(index, converted, links, layouts, assets, diagnostics).Concat(search).ToList());
        var published = !diagnostics.HasErrors &&
            Stage("write", () => WriteOutput.Run(options.OutputDir, files, assets, site.Assets, diagnostics));

        var checkedLinks = published && options.Check
            ? Stage("check", () => OutputLinkChecker.Run(options.OutputDir, index.Config.BasePath, LoadContent.DisplayPath(options.OutputDir), diagnostics))
            : 0;
        var mentions = converted.Sum(p => p.Mentions.Count);
        var stats = new BuildStats(index.Pages.Count, index.Terms.Count, converted.Sum(p => p.NotesCount), mentions, checkedLinks, files.Count, timings);
        var state = published ? new BuildState(site, index, converted, links, layouts, assets) : null;
        return (new BuildResult(published, diagnostics.ToSortedList(), stats), state);
    }
}
