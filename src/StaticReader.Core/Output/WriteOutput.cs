using System.Diagnostics;
using System.Text;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;
using StaticReader.Core.Rendering;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Output;

/// <summary>
/// Stage 6, write: writes the whole site into a staging folder beside <c>output/</c>, then swaps it in.
/// A build that fails before or during this stage leaves <c>output/</c> exactly as it was; the old tree
/// is deleted off the critical path.
/// </summary>
public static class WriteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes and publishes the site. Returns false (with a diagnostic) when the output cannot be written.</summary>
    public static bool Run(string outputDir, IReadOnlyList<RenderedFile> files, ThemeAssets themeAssets, IReadOnlyList<InputFile> inputAssets, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir);
        var display = LoadContent.DisplayPath(outputDir);
        if (File.Exists(output))
        {
            diagnostics.Error(display, 0, 0, "the output path is a file, not a folder",
                "pass --output with a folder path, or move the file away");
            return false;
        }

        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(output));
        var staging = Path.Combine(parent, $".{name}-staging-{Guid.NewGuid():N}");
        StagingLock? held = null;
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name);
            held = StagingLock.Acquire(staging);
            Directory.CreateDirectory(staging);
            WriteFiles(staging, files, themeAssets, inputAssets);
            Publish(staging, output, parent, name);
            return true;
        }
        catch (Exception ex) when (WriteFailure(ex) is { } failure)
        {
            TryDelete(staging);
            diagnostics.Error(display, 0, 0, "cannot write the site: " + failure.Message,
                "check that the output folder's parent exists and is writable, that the disk is not full, and that no file is locked");
            return false;
        }
        finally
        {
            held?.Dispose();
        }
    }

    /// <summary>
    /// Replaces single files of an existing output folder (serve's incremental rebuilds): each file is written
    /// beside its target and renamed over it, so a reader never sees half a page.
    /// </summary>
    public static bool WriteInPlace(string outputDir, IReadOnlyList<RenderedFile> files, DiagnosticBag diagnostics)
    {
        try
        {
            foreach (var file in files)
            {
                var target = Path.Combine(outputDir, file.OutputPath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temporary = target + ".tmp-" + Environment.ProcessId;
                WriteFile(temporary, file);
                File.Move(temporary, target, overwrite: true);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(LoadContent.DisplayPath(outputDir), 0, 0, "cannot write the site: " + ex.Message, "check that the output folder is writable");
            return false;
        }
    }

    /// <summary>
    /// The file-system error behind <paramref name="ex"/>, or null for anything else. Parallel writes wrap their errors
    /// (a full disk, a folder deleted underneath) in an <see cref="AggregateException"/>.
    /// </summary>
    private static Exception? WriteFailure(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => ex,
        AggregateException aggregate when aggregate.Flatten().InnerExceptions.All(e => e is IOException or UnauthorizedAccessException) =>
            aggregate.Flatten().InnerExceptions[0],
        _ => null,
    };

    private static void WriteFiles(string staging, IReadOnlyList<RenderedFile> files, ThemeAssets themeAssets, IReadOnlyList<InputFile> inputAssets)
    {
        var copies = themeAssets.All.Select(a => (Path: a.OutputPath, Bytes: a.Content, Source: (string?)null))
            .Concat(inputAssets.Select(a => (Path: "assets/" + a.RelativePath, Bytes: (byte[]?)null!, Source: (string?)a.FullPath)))
            .ToList();
        var directories = files.Select(f => f.OutputPath).Concat(copies.Select(c => c.Path))
            .Select(p => Path.GetDirectoryName(p) ?? "")
            .Distinct(StringComparer.Ordinal);
        foreach (var directory in directories)
        {
            Directory.CreateDirectory(Path.Combine(staging, directory));
        }

        Parallel.ForEach(files, file => WriteFile(Path.Combine(staging, file.OutputPath), file));
        Parallel.ForEach(copies, copy =>
        {
            var target = Path.Combine(staging, copy.Path);
            if (copy.Source is not null)
            {
                File.Copy(copy.Source, target);
            }
            else
            {
                File.WriteAllBytes(target, copy.Bytes);
            }
        });
    }

    private static void WriteFile(string path, RenderedFile file)
    {
        if (file.Stream is null)
        {
            File.WriteAllText(path, file.Content, Utf8);
            return;
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        file.Stream(stream);
    }

    private static void Publish(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            try
            {
                Directory.Move(staging, output);
                return;
            }
            catch (IOException) when (Directory.Exists(output))
            {
                // Another build published first: swap with its site below.
            }
        }

        var trash = Path.Combine(parent, $".{name}-trash-{Guid.NewGuid():N}");
        if (AtomicSwap.TryExchange(staging, output))
        {
            // The new site is live and staging holds the old one: from here on nothing may fail the build.
            try
            {
                Directory.Move(staging, trash);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                trash = staging;
            }
        }
        else
        {
            Directory.Move(output, trash);
            try
            {
                Directory.Move(staging, output);
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
    /// build that is still running (serve and build into one folder) and is left alone.
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
