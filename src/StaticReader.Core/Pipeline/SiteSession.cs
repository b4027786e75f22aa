using System.Diagnostics;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Linking;
using StaticReader.Core.Loading;
using StaticReader.Core.Markdown;
using StaticReader.Core.Markdown.Extensions.Glossary;
using StaticReader.Core.Output;
using StaticReader.Core.Rendering;

namespace StaticReader.Core.Pipeline;

/// <summary>
/// A build that stays alive for <c>serve</c>: after a full build, an edit to the body of one content file
/// re-converts that page, updates the link graph for it, re-renders and writes that page, then the pages whose
/// backlinks it feeds. Anything else (front matter that other pages depend on, added or deleted
/// files, the theme, site.yml) falls back to a full, atomic build. The search files follow in the background.
/// </summary>
public sealed class SiteSession(BuildOptions options)
{
    private BuildState? state;
    private Task searchUpdate = Task.CompletedTask;
    private int searchVersion;

    /// <summary>Runs a full build and keeps its state when it succeeds.</summary>
    public BuildResult BuildAll()
    {
        searchUpdate.Wait();
        var (result, newState) = SiteBuilder.BuildWithState(options);
        if (newState is not null)
        {
            state = newState;
        }

        return result;
    }

    /// <summary>Rebuilds after the given files changed: incrementally when it can, fully otherwise.</summary>
    /// <param name="changedPaths">The files that changed.</param>
    /// <param name="pagesWritten">
    /// Called during an incremental rebuild each time pages are written, with their URLs: first the edited page
    /// alone, so that the writer's own page can reload at once, then the pages whose backlinks it feeds. Not
    /// called for a full build (every page changed).
    /// </param>
    public BuildResult Update(IReadOnlyCollection<string> changedPaths, Action<IReadOnlyList<string>>? pagesWritten = null)
    {
        var relevant = changedPaths.Where(IsRelevant).ToList();
        if (state is null || relevant.Count != 1 || TryUpdateOne(relevant[0], pagesWritten) is not { } result)
        {
            return BuildAll();
        }

        return result;
    }

    /// <summary>
    /// False for a path that no longer exists and was never part of the site: the temporary file an editor
    /// (or sed -i) writes and then renames over the real one.
    /// </summary>
    private bool IsRelevant(string path)
    {
        if (File.Exists(path) || Directory.Exists(path) || state is null)
        {
            return true;
        }

        var display = LoadContent.DisplayPath(path);
        return state.Converted.Any(c => c.Page.Document.DisplayPath == display) ||
            state.Site.Assets.Any(a => a.FullPath == Path.GetFullPath(path)) ||
            Path.GetFullPath(path).StartsWith(Path.GetFullPath(options.ThemeDir), StringComparison.Ordinal);
    }

    private BuildResult? TryUpdateOne(string changedPath, Action<IReadOnlyList<string>>? pagesWritten)
    {
        var current = state!;
        var full = Path.GetFullPath(changedPath);
        var input = Path.GetFullPath(options.InputDir) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(input, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        var relative = full[input.Length..].Replace('\\', '/');
        var collection = LoadContent.Collections.FirstOrDefault(c => relative.StartsWith(c.Folder + "/", StringComparison.Ordinal));
        var previous = current.Converted.FirstOrDefault(c => c.Page.Document.DisplayPath == LoadContent.DisplayPath(full));
        if (collection.Folder is null || previous is null)
        {
            return null; // not a known content file: a new file, an asset, site.yml
        }

        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var file = new InputFile(full, previous.Page.Document.DisplayPath, relative);
        var document = LoadContent.LoadOne(file, collection.Kind, diagnostics);
        if (document is not null && !FrontMatterChange.IsBodyOnly(previous.Page.Document.FrontMatter, document.FrontMatter))
        {
            return null;
        }

        if (document is null)
        {
            return Failed(diagnostics, clock);
        }

        var converter = new PageConverter(MarkdownPipelineFactory.Create(), current.Index,
            new GlossaryAutoLinker(new TermTrie(current.Index.TermNames), current.Index.Config.AutoLink));
        var page = converter.Convert(previous.Page with { Document = document }, diagnostics);
        var converted = current.Converted.Select(c => ReferenceEquals(c, previous) ? page : c).ToList();
        var links = LinkPages.Update(current.Links, converted, previous, page, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock);
        }

        // The edited page first: it is the one the writer is looking at. Then the pages its mentions feed
        // (term pages, whose backlink lists are the slow part of a rebuild on a large glossary).
        var renderer = RenderPages.Renderer(current.Index, current.Layouts, current.Assets);
        var own = new HashSet<string>(StringComparer.Ordinal) { page.Page.Slug };
        var ownFiles = RenderPages.RunSome(current.Index, converted, links, current.Layouts, renderer, own, diagnostics);
        if (diagnostics.HasErrors || !WriteOutput.WriteInPlace(options.OutputDir, ownFiles, diagnostics))
        {
            return Failed(diagnostics, clock);
        }

        // From here a failure leaves the edited page written and its term pages as they were: both are correct on their
        // own, and the next successful rebuild writes the term pages. It would take a layout that fails only on new
        // backlink data; everything the edit itself could break was checked above.
        pagesWritten?.Invoke([page.Page.Url]);
        var fed = previous.Mentions.Concat(page.Mentions).Select(m => m.TargetSlug).Where(s => s != page.Page.Slug).ToHashSet(StringComparer.Ordinal);
        var fedFiles = RenderPages.RunSome(current.Index, converted, links, current.Layouts, renderer, fed, diagnostics);
        if (diagnostics.HasErrors || !WriteOutput.WriteInPlace(options.OutputDir, fedFiles, diagnostics))
        {
            return Failed(diagnostics, clock);
        }

        if (fed.Count > 0)
        {
            pagesWritten?.Invoke(converted.Where(c => fed.Contains(c.Page.Slug)).Select(c => c.Page.Url).ToList());
        }

        var files = ownFiles.Concat(fedFiles).ToList();

        state = current with { Converted = converted, Links = links };
        // The search files follow off the reload path; a burst of edits rebuilds them once, for the last edit.
        var version = Interlocked.Increment(ref searchVersion);
        if (!current.Index.Config.Search)
        {
            version = -1; // search is off for this site: nothing to refresh
        }

        searchUpdate = searchUpdate.ContinueWith(_ =>
        {
            if (version == Volatile.Read(ref searchVersion))
            {
                WriteOutput.WriteInPlace(options.OutputDir, SearchData.Build(converted), new DiagnosticBag());
            }
        }, TaskScheduler.Default);
        var stats = new BuildStats(current.Index.Pages.Count, current.Index.Terms.Count, converted.Sum(c => c.NotesCount),
            converted.Sum(c => c.Mentions.Count), 0, files.Count, [("incremental", clock.Elapsed)]);
        return new BuildResult(true, diagnostics.ToSortedList(), stats);
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(false, diagnostics.ToSortedList(), new BuildStats(0, 0, 0, 0, 0, 0, [("incremental", clock.Elapsed)]));
}
