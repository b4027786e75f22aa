namespace StaticReader.Core.Output;

/// <summary>
/// Marks a staging folder as in use by a running build: a <c>.lock</c> file beside it, opened exclusively for the whole
/// write. A build clears only the staging folders whose lock it can take, so two builds into one output folder (a
/// writer's <c>serve</c> and <c>build</c>) never delete each other's work; the OS releases the lock when a build dies,
/// so the leftovers of killed builds are still cleared.
/// </summary>
internal sealed class StagingLock : IDisposable
{
    private readonly FileStream stream;
    private readonly string path;

    private StagingLock(string path, FileStream stream)
    {
        this.path = path;
        this.stream = stream;
    }

    /// <summary>The lock file of a staging folder.</summary>
    public static string PathFor(string stagingDir) => stagingDir + ".lock";

    /// <summary>Takes the lock of a new staging folder; call it before creating the folder.</summary>
    public static StagingLock Acquire(string stagingDir)
    {
        var path = PathFor(stagingDir);
        return new StagingLock(path, new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None));
    }

    /// <summary>Takes the lock of a leftover staging folder, or returns null when the build writing it is still running.</summary>
    public static StagingLock? TryTake(string stagingDir)
    {
        var path = PathFor(stagingDir);
        try
        {
            return new StagingLock(path, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Releases the lock and deletes the lock file.</summary>
    public void Dispose()
    {
        stream.Dispose();
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A later build's RemoveLeftovers deletes it.
        }
    }
}
