using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>
/// Lists the files of a folder recursively in a stable (ordinal) order. Follows directory symlinks
/// once and reports a loop instead of recursing forever.
/// </summary>
public static class InputScanner
{
    /// <summary>Lists every file below <paramref name="root"/>; <paramref name="displayRoot"/> prefixes display paths.</summary>
    public static IReadOnlyList<InputFile> Scan(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        var files = new List<InputFile>();
        if (!Directory.Exists(root))
        {
            return files;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), "", displayRoot, files, visited, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private static void Walk(DirectoryInfo dir, string relative, string displayRoot, List<InputFile> files, HashSet<string> visited, DiagnosticBag diagnostics)
    {
        var real = RealPath(dir);
        if (!visited.Add(real))
        {
            diagnostics.Error(Display(displayRoot, relative), 0, 0,
                "symbolic link loop: this folder leads back to a folder already read",
                "remove the symbolic link or point it outside input/");
            return;
        }

        foreach (var entry in dir.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var childRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry.Name.StartsWith('.'))
            {
                continue; // editor swap files, .DS_Store, .git
            }

            if (entry is DirectoryInfo child)
            {
                Walk(child, childRelative, displayRoot, files, visited, diagnostics);
            }
            else if (entry is FileInfo file)
            {
                if (file.LinkTarget is not null && !file.Exists)
                {
                    diagnostics.Error(Display(displayRoot, childRelative), 0, 0,
                        "broken symbolic link", "point the link at an existing file or delete it");
                    continue;
                }

                files.Add(new InputFile(file.FullName, Display(displayRoot, childRelative), childRelative));
            }
        }
    }

    private static string RealPath(DirectoryInfo dir)
    {
        try
        {
            var target = dir.ResolveLinkTarget(returnFinalTarget: true);
            return Path.TrimEndingDirectorySeparator((target ?? dir).FullName);
        }
        catch (IOException)
        {
            return dir.FullName; // a link that cannot be resolved (e.g. a loop) is caught by the visited set
        }
    }

    private static string Display(string displayRoot, string relative) =>
        relative.Length == 0 ? displayRoot : Path.Combine(displayRoot, relative).Replace('\\', '/');
}
