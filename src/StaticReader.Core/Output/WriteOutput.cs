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
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name);
            Directory.CreateDirectory(staging);
            WriteFiles(staging, files, themeAssets, inputAssets);
            Publish(staging, output, parent, name);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            diagnostics.Error(display, 0, 0, "cannot write the site: " + ex.Message,
                "check that the output folder's parent exists and is writable, and that no file is locked");
            return false;
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
            Directory.Move(staging, output);
            return;
        }

        var trash = Path.Combine(parent, $".{name}-trash-{Guid.NewGuid():N}");
        if (AtomicSwap.TryExchange(staging, output))
        {
            Directory.Move(staging, trash); // staging now holds the old site
        }
        else
        {
            Directory.Move(output, trash);
            Directory.Move(staging, output);
        }

        DeleteInBackground(trash);
    }

    /// <summary>Removes staging and trash folders left by builds that were killed.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in new[] { $".{name}-staging-*", $".{name}-trash-*" })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
            {
                DeleteInBackground(leftover);
            }
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
