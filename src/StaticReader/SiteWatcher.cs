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

    /// <summary>Starts watching <paramref name="folders"/> (those that exist).</summary>
    public SiteWatcher(IEnumerable<string> folders, Action onChange)
    {
        timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
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

        timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }
}
