using System.Security.Cryptography;

namespace StaticReader.Tests.Support;

/// <summary>A folder's files and their content hashes, to compare whole trees.</summary>
public static class TreeSnapshot
{
    /// <summary>Maps each relative path (with '/') to the SHA-256 of its bytes, sorted by path.</summary>
    public static SortedDictionary<string, string> Of(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            result[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }
}
