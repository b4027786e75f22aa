using System.Text.RegularExpressions;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Checking;

/// <summary>
/// Verifies a built site: every internal <c>href</c>/<c>src</c> points at a file that exists and, with a
/// fragment, at an id in that file. Links written in markdown are resolved at build time (at their source position), so
/// what is left here comes from layouts: a finding names the layout file and line that writes the URL when the URL is
/// written there literally, else the source file of the page (and the built file's line, which outlives no scratch folder).
/// </summary>
public static partial class OutputLinkChecker
{
    /// <summary>Checks every HTML file under <paramref name="outputDir"/>; <paramref name="basePath"/> is the site's base path.</summary>
    /// <param name="outputDir">The built site.</param>
    /// <param name="basePath">The site's base path.</param>
    /// <param name="displayRoot">How the output folder is shown, when a finding has no source to name.</param>
    /// <param name="diagnostics">Where findings go.</param>
    /// <param name="sources">The source file of each built page (output path → markdown or layout path), to report findings there.</param>
    /// <param name="layoutFiles">The layout and partial files, searched for a broken URL written literally.</param>
    public static int Run(string outputDir, string basePath, string displayRoot, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, string>? sources = null, IReadOnlyList<string>? layoutFiles = null)
    {
        var root = Path.GetFullPath(outputDir);
        var htmlFiles = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in htmlFiles)
        {
            var text = File.ReadAllText(file);
            texts[file] = text;
            ids[file] = IdAttribute().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        }

        var checkedLinks = 0;
        foreach (var file in htmlFiles)
        {
            var text = texts[file];
            foreach (Match match in LinkAttribute().Matches(text))
            {
                var url = System.Net.WebUtility.HtmlDecode(match.Groups[2].Value);
                if (url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':', StringComparison.Ordinal) || url.Length == 0)
                {
                    continue; // external, or a scheme such as https: or mailto:
                }

                checkedLinks++;
                var problem = Problem(root, file, url, basePath, ids);
                if (problem is not null)
                {
                    var (line, column) = Position(text, match.Groups[2].Index);
                    var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                    if (InLayout(layoutFiles, match.Groups[2].Value) is { } written)
                    {
                        diagnostics.Error(written.Path, written.Line, written.Column, problem + $" (on the built page {relative})",
                            "fix the link in this layout, or create the missing page or anchor");
                    }
                    else if (sources is not null && sources.TryGetValue(relative, out var source))
                    {
                        diagnostics.Error(source, 0, 0, problem + $" (written by the layout, at line {line}, column {column} of the built {relative})",
                            "fix the link in the layout that renders this page, or create the missing page or anchor");
                    }
                    else
                    {
                        diagnostics.Error(Path.Combine(displayRoot, relative).Replace('\\', '/'), line, column, problem,
                            "fix the link in the content or layout that produced this page, or create the missing page or anchor");
                    }
                }
            }
        }

        return checkedLinks;
    }

    private static string? Problem(string root, string file, string url, string basePath, Dictionary<string, HashSet<string>> ids)
    {
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        string target;
        if (path.Length == 0)
        {
            target = file;
        }
        else if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return $"the link '{url}' is outside the site's base path '{basePath}'";
            }

            target = Path.Combine(root, Uri.UnescapeDataString(path[basePath.Length..]));
        }
        else
        {
            target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
        }

        if (Directory.Exists(target))
        {
            target = Path.Combine(target, "index.html");
        }

        if (!File.Exists(target))
        {
            return $"the link '{url}' points to a page or file that does not exist";
        }

        if (fragment is { Length: > 0 } && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
        {
            return $"the link '{url}' points to an anchor '#{fragment}' that does not exist on that page";
        }

        return null;
    }

    /// <summary>The first layout file, line and column where <paramref name="attributeValue"/> is written literally as an href or src.</summary>
    private static (string Path, int Line, int Column)? InLayout(IReadOnlyList<string>? layoutFiles, string attributeValue)
    {
        foreach (var layout in layoutFiles ?? [])
        {
            var text = File.ReadAllText(layout);
            foreach (var attribute in new[] { "href=\"" + attributeValue + "\"", "src=\"" + attributeValue + "\"" })
            {
                var at = text.IndexOf(attribute, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var (line, column) = Position(text, at + attribute.IndexOf('"') + 1);
                    return (Loading.LoadContent.DisplayPath(layout), line, column);
                }
            }
        }

        return null;
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("\\s(href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();
}
