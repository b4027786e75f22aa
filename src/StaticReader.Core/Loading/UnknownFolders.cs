using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>
/// Markdown in a folder that no collection reads (<c>input/glosary/latency.md</c>) would vanish from the site without a
/// word: warn about it, naming the nearest folder that is read.
/// </summary>
public static class UnknownFolders
{
    /// <summary>Folders of <c>input/</c> that are not collections but are read: assets, site layouts, data, sources.</summary>
    private static readonly string[] Reserved = ["assets", "layouts", "data", "sources"];

    /// <summary>Warns once per unknown top-level folder of <paramref name="inputDir"/> that holds markdown.</summary>
    public static void Warn(string inputDir, string inputDisplay, IEnumerable<string> collectionFolders, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(inputDir))
        {
            return;
        }

        var known = collectionFolders.Select(f => f.Trim('/').Split('/')[0]).Distinct(StringComparer.Ordinal).ToList();
        foreach (var folder in Directory.EnumerateDirectories(inputDir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith('.') || name == "node_modules" || known.Contains(name) || Reserved.Contains(name))
            {
                continue;
            }

            var markdown = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (markdown.Count == 0)
            {
                continue;
            }

            var near = Suggestions.Nearest(name, known);
            var files = markdown.Count == 1 ? "its markdown file is" : $"its {markdown.Count} markdown files are";
            diagnostics.Warning($"{inputDisplay}/{name}/{Path.GetRelativePath(folder, markdown[0]).Replace('\\', '/')}", 0, 0,
                $"'{name}/' is not a folder the site reads, so {files} ignored",
                (near is not null ? $"did you mean {near}/? " : "") +
                $"content goes in {string.Join(", ", known.Select(k => k + "/"))}, or in a collection declared in site.yml");
        }
    }
}
