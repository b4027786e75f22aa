using System.Security.Cryptography;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// Everything under a temporary site root except the output folder and its <c>.output-staging-*</c> /
/// <c>.output-trash-*</c> siblings: taken before and after a build to prove nothing was written elsewhere.
/// Symbolic links are recorded by target, never followed (a test may plant a loop).
/// </summary>
public static class RootSnapshot
{
    /// <summary>Relative path → content hash for files, "dir" for folders, "link → target" for symbolic links.</summary>
    public static SortedDictionary<string, string> Of(string root, string outputName = "output")
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), "", outputName, result);
        return result;
    }

    private static void Walk(DirectoryInfo dir, string relative, string outputName, SortedDictionary<string, string> result)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (relative.Length == 0 && IsOutput(entry.Name, outputName))
            {
                continue;
            }

            if (entry.LinkTarget is { } target)
            {
                result[path] = "link → " + target;
            }
            else if (entry is DirectoryInfo child)
            {
                result[path + "/"] = "dir";
                Walk(child, path, outputName, result);
            }
            else
            {
                result[path] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
            }
        }
    }

    private static bool IsOutput(string name, string outputName) =>
        name == outputName || name.StartsWith($".{outputName}-staging-", StringComparison.Ordinal) ||
        name.StartsWith($".{outputName}-trash-", StringComparison.Ordinal);
}
