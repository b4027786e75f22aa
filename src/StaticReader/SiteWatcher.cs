namespace StaticReader.Cli;

/// <summary>
/// Watches folders and calls back once per burst of changes (editors write a file in several steps),
/// never running two callbacks at once.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly Lock gate = new();
    private HashSet<string> pending = new(StringComparer.Ordinal);

    /// <summary>Starts watching <paramref name="folders"/> (those that exist); <paramref name="onChange"/> gets the changed paths.</summary>
    public SiteWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> onChange)
    {
        timer = new Timer(_ =>
        {
            HashSet<string> changed;
            lock (gate)
            {
                (changed, pending) = (pending, new HashSet<string>(StringComparer.Ordinal));
            }

            if (changed.Count > 0)
            {
                onChange(changed);
            }
        }, null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += Poke;
            watcher.Created += Poke;
            watcher.Deleted += Poke;
            watcher.Renamed += Poke;
            watchers.Add(watcher);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        timer.Dispose();
    }

    private void Poke(object sender, FileSystemEventArgs e)
    {
        var renamedFrom = e is RenamedEventArgs renamed && !EditorTempFiles.IsTemporary(renamed.OldFullPath) ? renamed.OldFullPath : null;
        if ((EditorTempFiles.IsTemporary(e.FullPath) && renamedFrom is null) || e.FullPath.Contains("node_modules", StringComparison.Ordinal))
        {
            return; // editor temporary files (4913, sedXXXXXX, swap files) and npm installs are not content
        }

        lock (gate)
        {
            if (!EditorTempFiles.IsTemporary(e.FullPath))
            {
                pending.Add(e.FullPath);
            }

            if (renamedFrom is not null)
            {
                pending.Add(renamedFrom);
            }
        }

        timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }
}
