using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>
/// Lists the files of a folder recursively in a stable (ordinal) order. Follows symbolic links, reports a loop instead
/// of recursing forever, and, given a boundary, refuses links that lead outside it (a content file or asset must never
/// pull in a file from elsewhere on the machine, such as <c>/proc/self/environ</c> on a CI server).
/// </summary>
public static class InputScanner
{
    /// <summary>Lists every file below <paramref name="root"/>; <paramref name="displayRoot"/> prefixes display paths.</summary>
    public static IReadOnlyList<InputFile> Scan(string root, string displayRoot, DiagnosticBag diagnostics) =>
        Scan(root, displayRoot, diagnostics, boundary: null);

    /// <summary>
    /// Lists every file below <paramref name="root"/>; links whose target is not inside <paramref name="boundary"/> (when
    /// given) are reported and left out.
    /// </summary>
    public static IReadOnlyList<InputFile> Scan(string root, string displayRoot, DiagnosticBag diagnostics, string? boundary)
    {
        var files = new List<InputFile>();
        if (!Directory.Exists(root))
        {
            return files;
        }

        var fence = boundary is null ? null : RealPaths.Resolve(boundary);
        if (fence is not null && !Allowed(root, new DirectoryInfo(root).LinkTarget ?? root, fence, displayRoot, diagnostics))
        {
            return files;
        }

        Walk(new DirectoryInfo(root), "", displayRoot, files, [], fence, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private static void Walk(DirectoryInfo dir, string relative, string displayRoot, List<InputFile> files, HashSet<string> ancestors, string? fence, DiagnosticBag diagnostics)
    {
        var real = RealPaths.Resolve(dir.FullName);
        if (real is null || !ancestors.Add(real))
        {
            diagnostics.Error(Display(displayRoot, relative), 0, 0,
                "symbolic link loop: this folder leads back to a folder that contains it",
                "remove the symbolic link or point it at a folder that does not contain it");
            return;
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = dir.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Display(displayRoot, relative), 0, 0, "cannot read the folder: " + ex.Message, "check that the folder exists and is readable");
            ancestors.Remove(real);
            return;
        }

        foreach (var entry in entries)
        {
            var childRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry.Name.StartsWith('.'))
            {
                continue; // editor swap files, .DS_Store, .git
            }

            var target = entry.LinkTarget; // one readlink per entry: most are not links
            if (fence is not null && target is not null && !Allowed(entry.FullName, target, fence, Display(displayRoot, childRelative), diagnostics))
            {
                continue;
            }

            if (entry is DirectoryInfo child)
            {
                Walk(child, childRelative, displayRoot, files, ancestors, fence, diagnostics);
            }
            else if (entry is FileInfo file)
            {
                if (target is not null && !file.Exists)
                {
                    diagnostics.Error(Display(displayRoot, childRelative), 0, 0,
                        "broken symbolic link", "point the link at an existing file or delete it");
                    continue;
                }

                files.Add(new InputFile(file.FullName, Display(displayRoot, childRelative), childRelative));
            }
        }

        ancestors.Remove(real);
    }

    /// <summary>True when the link at <paramref name="path"/> resolves inside <paramref name="fence"/>; otherwise reports it.</summary>
    private static bool Allowed(string path, string target, string fence, string display, DiagnosticBag diagnostics)
    {
        var real = RealPaths.Resolve(path);
        if (real is null)
        {
            diagnostics.Error(display, 0, 0, "symbolic link loop: the link never reaches a file or folder",
                "remove the symbolic link or point it at a real file");
            return false;
        }

        if (RealPaths.IsInside(real, fence))
        {
            return true;
        }

        diagnostics.Error(display, 0, 0, $"the symbolic link leads outside the input folder (to {target})",
            "copy the file or folder into input/ instead: links out of input/ are refused so that a build never publishes files from elsewhere on the machine");
        return false;
    }

    private static string Display(string displayRoot, string relative) =>
        relative.Length == 0 ? displayRoot : Path.Combine(displayRoot, relative).Replace('\\', '/');
}
