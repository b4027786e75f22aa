using StaticReader.Core.Analysis;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Emit;
using StaticReader.Core.Loading;
using StaticReader.Core.Model;
using StaticReader.Core.Output;

namespace StaticReader.Core.Pipeline;

/// <summary>
/// A build that stays alive for <c>serve</c>. An edit to the body of one content page updates the model for that page
/// (<see cref="UpdateSite"/>) and asks each emitter what the change affects; those files are replaced in place, the
/// edited page first. Anything else is a full build, the same one <c>build</c> runs: a data file of <c>input/data/</c>
/// among them, since any layout may read <c>site.data</c>, so every page is rendered again.
/// </summary>
/// <remarks>
/// The rest of an edit's work (the pages it feeds, the search data) may be cancelled by a newer edit, so that the
/// newer edit's page is written without waiting for it. What a cancelled rest did not write is owed, per emitter, and
/// written with the next edit's rest: emitters write from the newest model, so the owed files come out as they should.
/// </remarks>
public sealed class SiteSession(BuildOptions options)
{
    private SiteModel? model;
    private readonly Dictionary<string, EmitScope> owed = new(StringComparer.Ordinal);

    /// <summary>True while a cancelled rebuild left files to write that the next one writes (for tests and logs).</summary>
    public bool OwesFiles => owed.Count > 0;

    /// <summary>Runs a full build and keeps its model when it succeeds.</summary>
    public BuildResult BuildAll()
    {
        var (result, built) = SiteBuilder.BuildModel(options);
        if (built is not null)
        {
            model = built;
            owed.Clear(); // a full build wrote every file
        }

        return result;
    }

    /// <summary>Rebuilds after the given files changed: only what they affect when it can, fully otherwise.</summary>
    /// <param name="changedPaths">The files that changed.</param>
    /// <param name="pagesWritten">
    /// Called during an incremental rebuild each time pages are written, with their URLs: first the edited page
    /// alone, so that the writer's own page can reload at once, then the other pages the edit changed. Not called for
    /// a full build (every page changed).
    /// </param>
    /// <param name="rest">
    /// Cancelled when a newer change arrives. Once the edited page is written, the rebuild stops: between emitters, or
    /// inside one that checks <see cref="EmitScope.Cancel"/> (the content pages, the search data), and owes the rest to
    /// the next rebuild.
    /// </param>
    public BuildResult Update(IReadOnlyCollection<string> changedPaths, Action<IReadOnlyList<string>>? pagesWritten = null, CancellationToken rest = default)
    {
        var relevant = changedPaths.Where(IsRelevant).ToList();
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(null);
        var change = model is not null && relevant.Count == 1
            ? clock.Stage("update", () => UpdateSite.BodyEdit(model, options, relevant[0], diagnostics))
            : null;
        if (change is null)
        {
            return BuildAll();
        }

        if (diagnostics.HasErrors)
        {
            return Finish(change, diagnostics, clock, published: false, files: 0);
        }

        var after = change.After;
        var emitters = after.Extensions.SelectMany(e => e.Emitters(after)).ToList();
        var scopes = emitters.Select(e => e.Affected(change)).ToList();
        var sink = new InPlaceSink(options.OutputDir);
        try
        {
            // The edited page first: it is the one the writer is looking at. Then everything else the edit changed (the
            // pages whose backlinks it feeds, whole-site files such as search data).
            EmitRound(emitters, scopes.Select(s => s.Only(change.EditedSlug)).ToList(), after, sink, diagnostics, clock, null, default);
            if (diagnostics.HasErrors)
            {
                return Finish(change, diagnostics, clock, published: false, sink.FileCount);
            }

            model = after;
            pagesWritten?.Invoke([after.Index.BySlug[change.EditedSlug].Url]);

            // From here a failure leaves the edited page written and the rest as it was: both are correct on their own,
            // and the next successful rebuild writes the rest. It would take a layout that fails only on new backlinks.
            // What an earlier, cancelled rebuild owes is written here too (the edited page included: it may be owed by an
            // emitter this edit does not ask for it).
            var restScopes = emitters.Select((e, i) => scopes[i].Without(change.EditedSlug).Union(owed.GetValueOrDefault(e.Name) ?? EmitScope.Nothing)).ToList();
            var done = EmitRound(emitters, restScopes, after, sink, diagnostics, clock, pagesWritten, rest);
            owed.Clear();
            for (var i = done; i < emitters.Count; i++)
            {
                if (!restScopes[i].IsEmpty)
                {
                    owed[emitters[i].Name] = restScopes[i];
                }
            }
        }
        catch (Exception ex) when (StagingSink.WriteFailure(ex) is { } failure)
        {
            StagingSink.ReportWriteFailure(options.OutputDir, failure, diagnostics);
        }

        return Finish(change, diagnostics, clock, published: !diagnostics.HasErrors, sink.FileCount);
    }

    /// <summary>
    /// Runs each emitter over its scope; after an emitter that wrote some pages, tells <paramref name="pagesWritten"/>
    /// their URLs, so those pages reload without waiting for the rest (the search data, say). Returns how many emitters
    /// ran: all of them, unless one failed or <paramref name="cancel"/> stopped the round before the next one.
    /// </summary>
    private static int EmitRound(List<IEmitter> emitters, List<EmitScope> scopes, SiteModel after, IOutputSink sink, DiagnosticBag diagnostics,
        StageClock clock, Action<IReadOnlyList<string>>? pagesWritten, CancellationToken cancel)
    {
        for (var i = 0; i < emitters.Count; i++)
        {
            if (diagnostics.HasErrors || cancel.IsCancellationRequested)
            {
                return i;
            }

            var (emitter, scope) = (emitters[i], scopes[i]);
            if (scope.IsEmpty)
            {
                continue;
            }

            try
            {
                clock.Stage(emitter.Name, () => emitter.Emit(after, scope with { Cancel = cancel }, sink, diagnostics));
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                return i; // this emitter stopped early: its scope is owed with the rest
            }

            var urls = after.Pages.Where(p => !scope.Everything && scope.Slugs.Contains(p.Page.Slug)).Select(p => p.Page.Url).ToList();
            if (urls.Count > 0 && !diagnostics.HasErrors)
            {
                pagesWritten?.Invoke(urls);
            }
        }

        return emitters.Count;
    }

    private static BuildResult Finish(SiteChange change, DiagnosticBag diagnostics, StageClock clock, bool published, int files) =>
        new(published, diagnostics.ToSortedList(), BuildStats.Of(change.After, 0, files, clock.Timings, incremental: true));

    /// <summary>
    /// False for a path that no longer exists and was never part of the site: the temporary file an editor
    /// (or sed -i) writes and then renames over the real one. A deleted data file is part of the site (layouts may read
    /// it), so its deletion rebuilds.
    /// </summary>
    private bool IsRelevant(string path)
    {
        if (File.Exists(path) || Directory.Exists(path) || model is null)
        {
            return true;
        }

        var display = LoadContent.DisplayPath(path);
        return model.Pages.Any(c => c.Page.Document.DisplayPath == display) ||
            model.Site.Assets.Any(a => a.FullPath == Path.GetFullPath(path)) ||
            (DataFiles.IsDataFile(path) && Path.GetDirectoryName(Path.GetFullPath(path)) == Path.GetFullPath(Path.Combine(options.InputDir, "data"))) ||
            Path.GetFullPath(path).StartsWith(Path.GetFullPath(options.ThemeDir), StringComparison.Ordinal);
    }
}
