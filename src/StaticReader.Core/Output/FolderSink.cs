using System.Collections.Concurrent;

namespace StaticReader.Core.Output;

/// <summary>Shared by both sinks: files under one root folder, with each parent folder created once.</summary>
public abstract class FolderSink(string root) : IOutputSink
{
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> folders = new(StringComparer.Ordinal);
    private int fileCount;

    /// <summary>The folder files are written under.</summary>
    public string Root { get; } = root;

    /// <inheritdoc />
    public int FileCount => Volatile.Read(ref fileCount);

    /// <inheritdoc />
    public Stream Create(string path)
    {
        var target = Target(path);
        Interlocked.Increment(ref fileCount);
        return Open(target);
    }

    /// <inheritdoc />
    public void Copy(string sourceFile, string path)
    {
        var target = Target(path);
        Interlocked.Increment(ref fileCount);
        CopyTo(sourceFile, target);
    }

    /// <summary>Opens a stream that leaves a complete file at <paramref name="target"/> when disposed.</summary>
    protected abstract Stream Open(string target);

    /// <summary>Copies <paramref name="sourceFile"/> to <paramref name="target"/>.</summary>
    protected abstract void CopyTo(string sourceFile, string target);

    private string Target(string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || HasEmptyOrDotPart(path))
        {
            throw new ArgumentException($"'{path}' is not a relative path inside the site", nameof(path));
        }

        var target = Path.Combine(Root, path);
        var folder = Path.GetDirectoryName(target)!;
        // Lazy, so that a thread that finds the folder listed also waits until it exists.
        _ = folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;

        return target;
    }

    // Checked segment by segment without splitting: every file of a build passes here.
    private static bool HasEmptyOrDotPart(string path)
    {
        foreach (var range in path.AsSpan().Split('/'))
        {
            var part = path.AsSpan(range);
            if (part.IsEmpty || part is "." or "..")
            {
                return true;
            }
        }

        return false;
    }
}
