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
        if (Path.GetFileName(e.FullPath).StartsWith('.') || e.FullPath.Contains("node_modules", StringComparison.Ordinal))
        {
            return; // editor swap files and npm installs are not content
        }

        lock (gate)
        {
            pending.Add(e.FullPath);
            if (e is RenamedEventArgs renamed)
            {
                pending.Add(renamed.OldFullPath);
            }
        }

        timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }
}
