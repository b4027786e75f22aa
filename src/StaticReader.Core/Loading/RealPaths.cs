namespace StaticReader.Core.Loading;

/// <summary>Resolves every symbolic link in a path, component by component, the way <c>realpath(3)</c> does.</summary>
internal static class RealPaths
{
    private const int MaxLinks = 40; // as the Linux kernel: more means a loop

    /// <summary>
    /// The absolute path with every link resolved, or null when links loop. Components after a missing one are kept as
    /// written (a dangling link resolves to where it points).
    /// </summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Split(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "." or "")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(current)) ?? root;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var component in Split(target).Reverse())
            {
                pending.Push(component);
            }
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both already resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        folder = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(folder, comparison) ||
            path.StartsWith(folder + Path.DirectorySeparatorChar, comparison) ||
            (folder == Path.GetPathRoot(folder) && path.StartsWith(folder, comparison));
    }

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
