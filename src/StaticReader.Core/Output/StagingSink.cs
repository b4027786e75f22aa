using System.Diagnostics;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;

namespace StaticReader.Core.Output;

/// <summary>
/// Writes a whole site into a staging folder beside the output folder, then <see cref="Publish"/> swaps it in. A build
/// that fails before publishing (or is killed) leaves the output folder exactly as it was; the old tree is deleted off
/// the critical path. Disposing an unpublished sink deletes its staging folder.
/// </summary>
public sealed class StagingSink : FolderSink, IDisposable
{
    private readonly string output;
    private readonly string parent;
    private readonly string name;
    private readonly StagingLock held;
    private bool published;

    private StagingSink(string staging, string output, string parent, string name, StagingLock held)
        : base(staging)
    {
        this.output = output;
        this.parent = parent;
        this.name = name;
        this.held = held;
    }

    /// <summary>Opens a staging folder for <paramref name="outputDir"/>; reports and returns null when it cannot.</summary>
    public static StagingSink? Open(string outputDir, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir);
        if (File.Exists(output))
        {
            diagnostics.Error(LoadContent.DisplayPath(outputDir), 0, 0, "the output path is a file, not a folder",
                "pass --output with a folder path, or move the file away");
            return null;
        }

        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(output));
        var staging = Path.Combine(parent, $".{name}-staging-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name);
            var held = StagingLock.Acquire(staging);
            Directory.CreateDirectory(staging);
            return new StagingSink(staging, output, parent, name, held);
        }
        catch (Exception ex) when (WriteFailure(ex) is { } failure)
        {
            ReportWriteFailure(outputDir, failure, diagnostics);
            return null;
        }
    }

    /// <summary>
    /// The file-system error behind <paramref name="ex"/>, or null for anything else. Parallel writes wrap their errors
    /// (a full disk, a folder deleted underneath) in an <see cref="AggregateException"/>.
    /// </summary>
    public static Exception? WriteFailure(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => ex,
        AggregateException aggregate when aggregate.Flatten().InnerExceptions.All(e => e is IOException or UnauthorizedAccessException) =>
            aggregate.Flatten().InnerExceptions[0],
        _ => null,
    };

    /// <summary>Reports a failure to write the site as the located error writers see.</summary>
    public static void ReportWriteFailure(string outputDir, Exception failure, DiagnosticBag diagnostics) =>
        diagnostics.Error(LoadContent.DisplayPath(outputDir), 0, 0, "cannot write the site: " + failure.Message,
            "check that the output folder's parent exists and is writable, that the disk is not full, and that no file is locked");

    /// <summary>Makes the staged site the output folder. Returns false (with a diagnostic) when it cannot.</summary>
    public bool Publish(string outputDir, DiagnosticBag diagnostics)
    {
        try
        {
            Swap();
            published = true;
            return true;
        }
        catch (Exception ex) when (WriteFailure(ex) is { } failure)
        {
            ReportWriteFailure(outputDir, failure, diagnostics);
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!published)
        {
            TryDelete(Root);
        }

        held.Dispose();
    }

    /// <inheritdoc />
    /// <remarks>
    /// Unbuffered, as <see cref="IOutputSink.Create"/> says: nearly every file is written in one call, and a 64 KB buffer
    /// per file was three quarters of a gigabyte of allocations on a 4,000-page site.
    /// </remarks>
    protected override Stream Open(string target) =>
        new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);

    /// <inheritdoc />
    protected override void CopyTo(string sourceFile, string target) => File.Copy(sourceFile, target);

    private void Swap()
    {
        if (!Directory.Exists(output))
        {
            try
            {
                Directory.Move(Root, output);
                return;
            }
            catch (IOException) when (Directory.Exists(output))
            {
                // Another build published first: swap with its site below.
            }
        }

        var trash = Path.Combine(parent, $".{name}-trash-{Guid.NewGuid():N}");
        if (AtomicSwap.TryExchange(Root, output))
        {
            // The new site is live and staging holds the old one: from here on nothing may fail the build.
            try
            {
                Directory.Move(Root, trash);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                trash = Root;
            }
        }
        else
        {
            Directory.Move(output, trash);
            try
            {
                Directory.Move(Root, output);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Directory.Move(trash, output); // put the old site back rather than leave no site at all
                throw;
            }
        }

        DeleteInBackground(trash);
    }

    /// <summary>
    /// Removes staging and trash folders left by builds that were killed. A staging folder whose lock is held belongs to a
    /// build that is still running (two builds into one folder) and is left alone.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}-staging-*"))
        {
            using var taken = StagingLock.TryTake(leftover);
            if (taken is not null)
            {
                DeleteInBackground(leftover);
            }
        }

        foreach (var lockFile in Directory.EnumerateFiles(parent, $".{name}-staging-*.lock"))
        {
            var folder = lockFile[..^".lock".Length];
            if (!Directory.Exists(folder))
            {
                StagingLock.TryTake(folder)?.Dispose(); // a lock file whose folder is gone
            }
        }

        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}-trash-*"))
        {
            DeleteInBackground(leftover);
        }
    }

    private static void DeleteInBackground(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            _ = Task.Run(() => TryDelete(path));
            return;
        }

        try
        {
            // A detached rm keeps deleting after this process exits, so a rebuild never waits for it.
            var start = new ProcessStartInfo("rm", ["-rf", "--", path]) { UseShellExecute = false, RedirectStandardError = true };
            Process.Start(start)?.Dispose();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            TryDelete(path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's RemoveLeftovers.
        }
    }
}
