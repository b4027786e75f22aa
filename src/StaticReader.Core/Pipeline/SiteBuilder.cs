using StaticReader.Core.Analysis;
using StaticReader.Core.Checking;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Emit;
using StaticReader.Core.Loading;
using StaticReader.Core.Model;
using StaticReader.Core.Output;

namespace StaticReader.Core.Pipeline;

/// <summary>
/// The whole build, top to bottom: analyze (load → index → theme → convert → link), then each emitter in turn into a
/// staging folder, then publish it in place of <c>output/</c> (→ check links, optional). Every stage reports problems
/// as diagnostics; nothing is published unless the build has no errors.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    /// <param name="options">What to build.</param>
    /// <param name="onStage">Called after each stage with its name and duration (progress output).</param>
    public static BuildResult Build(BuildOptions options, Action<string, TimeSpan>? onStage = null) =>
        BuildModel(options, onStage).Result;

    /// <summary>Builds the site and also returns its model, which serve keeps to apply edits (null when the build failed).</summary>
    public static (BuildResult Result, SiteModel? Model) BuildModel(BuildOptions options, Action<string, TimeSpan>? onStage = null)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(onStage);
        var model = AnalyzeSite.Run(options, diagnostics, clock);

        // With content errors nothing will be published, but the emitters still run into a sink that keeps nothing, so
        // that a broken layout is reported in the same build as a broken page.
        var staging = diagnostics.HasErrors ? null : StagingSink.Open(options.OutputDir, diagnostics);
        IOutputSink sink = staging is null ? new DiscardingSink() : staging;
        var published = false;
        try
        {
            Emit(model, EmitScope.All, sink, diagnostics, clock);
            published = staging is not null && !diagnostics.HasErrors && clock.Stage("publish", () => staging.Publish(options.OutputDir, diagnostics));
        }
        catch (Exception ex) when (StagingSink.WriteFailure(ex) is { } failure)
        {
            StagingSink.ReportWriteFailure(options.OutputDir, failure, diagnostics);
        }
        finally
        {
            staging?.Dispose();
        }

        var checkedLinks = published && options.Check
            ? clock.Stage("check", () => OutputLinkChecker.Run(options.OutputDir, model.Config.BasePath, LoadContent.DisplayPath(options.OutputDir), diagnostics,
                model.Pages.ToDictionary(p => p.Page.OutputPath, p => p.Page.Document.DisplayPath, StringComparer.Ordinal), LayoutFiles(options)))
            : 0;
        var stats = BuildStats.Of(model, checkedLinks, sink.FileCount, clock.Timings, incremental: false);
        return (new BuildResult(published, diagnostics.ToSortedList(), stats), published ? model : null);
    }

    /// <summary>The theme's and the site's layout files, where check looks for a broken URL written by a layout.</summary>
    private static List<string> LayoutFiles(BuildOptions options) =>
        new[] { Path.Combine(options.ThemeDir, "layouts"), Path.Combine(options.InputDir, "layouts") }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.html", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Runs every emitter of the model over <paramref name="scope"/>, one stage each.</summary>
    public static void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics, StageClock clock)
    {
        foreach (var emitter in model.Extensions.SelectMany(e => e.Emitters(model)))
        {
            clock.Stage(emitter.Name, () => emitter.Emit(model, scope, sink, diagnostics));
        }
    }
}
