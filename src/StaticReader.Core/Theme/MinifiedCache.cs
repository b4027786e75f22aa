using System.Security.Cryptography;

namespace StaticReader.Core.Theme;

/// <summary>
/// Minified theme files by the hash of their source, kept between builds in the user's cache folder
/// (<c>$XDG_CACHE_HOME/staticreader/minified</c>, else <c>~/.cache/…</c>), as Hugo keeps <c>resources/_gen</c>:
/// minifying costs a few hundred milliseconds of a build, almost all of it loading the minifier, and the theme's files
/// rarely change. The key includes the minifier's version; a cache that cannot be read or written is simply not used.
/// </summary>
internal static class MinifiedCache
{
    private static readonly string? Folder = FindFolder();
    private static readonly string MinifierVersion = typeof(NUglify.Uglify).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>The cached result for <paramref name="source"/>, or what <paramref name="minify"/> makes of it (then cached).</summary>
    public static byte[] GetOrAdd(string kind, byte[] source, Func<byte[], byte[]?> minify)
    {
        var path = Folder is null ? null : Path.Combine(Folder, Key(kind, source));
        if (path is not null && TryRead(path) is { } hit)
        {
            return hit;
        }

        var result = minify(source);
        if (result is null)
        {
            return source; // not minified (reported by the caller): never cached, so the warning comes back next build
        }

        if (path is not null)
        {
            TryWrite(path, result);
        }

        return result;
    }

    private static string Key(string kind, byte[] source) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(source))}-{MinifierVersion}.{kind}";

    private static byte[]? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryWrite(string path, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true); // whole files only: a concurrent build never reads half of one
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // no cache this time
        }
    }

    private static string? FindFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache") : null;
        return root is null ? null : Path.Combine(root, "staticreader", "minified");
    }
}
