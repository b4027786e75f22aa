namespace StaticReader.Tests.Reliability;

/// <summary>
/// Checks a built site the way a reader's browser would meet it: every HTML page parses without errors, has one
/// <c>main</c>, unique ids, and every internal link (<c>href</c>/<c>src</c>/<c>action</c> starting with <c>/</c> or
/// <c>#</c>) reaches an existing file and, with a fragment, an existing id in that file.
/// </summary>
public sealed class SiteChecker(string outputRoot, string basePath = "/")
{
    private static readonly string[] LinkAttributes = ["href", "src", "action"];

    /// <summary>How many pages and internal links the last <see cref="Check"/> looked at.</summary>
    public (int Pages, int Links) Counts { get; private set; }

    /// <summary>Every problem found in the site. Each page is parsed once; links are resolved after all pages are read.</summary>
    public List<string> Check()
    {
        var problems = new List<string>();
        var idsByFile = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new List<(string From, string Element, string Attribute, string Url)>();
        foreach (var relative in HtmlPages.All(outputRoot))
        {
            var page = HtmlPages.Load(outputRoot, relative);
            problems.AddRange(page.Errors.Select(e => "HTML parse error: " + e));
            var mains = page.Document.QuerySelectorAll("main").Length;
            if (mains != 1)
            {
                problems.Add($"{relative}: {mains} <main> elements");
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in page.Document.All)
            {
                if (element.GetAttribute("id") is { } id && !ids.Add(id))
                {
                    problems.Add($"{relative}: the id \"{id}\" is used twice ({Short(element.OuterHtml)})");
                }

                foreach (var name in LinkAttributes)
                {
                    if (element.GetAttribute(name) is { } url && (url.StartsWith('#') || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))))
                    {
                        links.Add((relative, element.LocalName, name, url));
                    }
                }
            }

            idsByFile[relative] = ids;
        }

        foreach (var (from, element, attribute, url) in links)
        {
            if (Resolve(from, url, idsByFile) is { } problem)
            {
                problems.Add($"{from}: <{element} {attribute}=\"{url}\"> {problem}");
            }
        }

        Counts = (idsByFile.Count, links.Count);
        return problems;
    }

    /// <summary>Null when <paramref name="url"/>, found in <paramref name="from"/>, resolves; otherwise what is wrong.</summary>
    private string? Resolve(string from, string url, Dictionary<string, HashSet<string>> idsByFile)
    {
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        var target = from;
        if (path.Length > 0)
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return $"is outside the base path {basePath}";
            }

            target = Uri.UnescapeDataString(path[basePath.Length..]);
            if (target.Length == 0 || target.EndsWith('/'))
            {
                target += "index.html";
            }

            if (!File.Exists(Path.Combine(outputRoot, target)))
            {
                return Directory.Exists(Path.Combine(outputRoot, target))
                    ? "points at a folder without index.html (add the trailing slash)"
                    : $"points at a missing file ({target})";
            }
        }

        if (fragment.Length == 0 || fragment == "top")
        {
            return null;
        }

        return !idsByFile.TryGetValue(target, out var ids) ? $"has a fragment on a file that is not HTML ({target})"
            : ids.Contains(fragment) ? null
            : $"has no target: {target} has no id \"{fragment}\"";
    }

    private static string Short(string html) => html.Length > 120 ? html[..120] + "…" : html;
}
