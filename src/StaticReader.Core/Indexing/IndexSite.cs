using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;

namespace StaticReader.Core.Indexing;

/// <summary>Stage 2, index: assigns URLs and checks that slugs and term names are unique.</summary>
public static class IndexSite
{
    /// <summary>Builds the read-only site index; conflicts are reported and the later page is left out.</summary>
    public static SiteIndex Run(LoadedSite site, DiagnosticBag diagnostics)
    {
        var order = site.Config.Collections.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var ordered = site.Documents
            .OrderBy(d => order[d.Collection.Name])
            .ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ThenBy(d => d.DisplayPath, StringComparer.Ordinal)
            .ToList();

        var pages = new List<PageEntry>(ordered.Count);
        var bySlug = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            if (document.Collection.AtRoot && Slugs.Reserved.Contains(document.Slug))
            {
                diagnostics.Error(document.DisplayPath, 1, 1, $"the slug '{document.Slug}' is reserved for the site's own pages",
                    "choose another file name or set 'slug:' in the front matter");
                continue;
            }

            if (bySlug.TryGetValue(document.Slug, out var existing))
            {
                diagnostics.Error(document.DisplayPath, 1, 1,
                    $"the slug '{document.Slug}' is already used by {existing.Document.DisplayPath}",
                    "slugs are unique across all collections (wikilinks find pages by slug): rename one file or set 'slug:'");
                continue;
            }

            var path = document.Collection.PathOf(document.Slug);
            var entry = new PageEntry(document, site.Config.BasePath + path, path + "index.html");
            bySlug.Add(document.Slug, entry);
            pages.Add(entry);
        }

        var byTitle = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            byTitle.TryAdd(page.Title.ToLowerInvariant(), page);
        }

        // Other pages' figure numbers are read only by links to them: without one, no page is parsed an extra time.
        var catalogued = pages.Any(p => site.BodyBytesOf(p.Document).Span.IndexOf("#fig-"u8) >= 0);
        return new SiteIndex(site.Config, pages, bySlug, byTitle, IndexTermNames(pages, diagnostics))
        {
            Drafts = site.Drafts,
            FailedSlugs = site.FailedSlugs,
            Files = new SiteFiles(site.Assets, site.DataInputFiles),
            Figures = catalogued ? Figures(pages, site) : new Dictionary<string, IReadOnlyDictionary<string, int>>(),
            FiguresCatalogued = catalogued,
        };
    }

    /// <summary>The figures of every page that may have some, so a link from another page can show "Figure N".</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, int>> Figures(List<PageEntry> pages, LoadedSite site)
    {
        var found = new IReadOnlyDictionary<string, int>[pages.Count];
        Parallel.For(0, pages.Count, i => found[i] = Markdown.Extensions.Figures.FigureCatalog.Scan(site.BodyOf(pages[i].Document)));
        return pages.Select((p, i) => (p.Slug, Numbers: found[i])).Where(p => p.Numbers.Count > 0)
            .ToDictionary(p => p.Slug, p => p.Numbers, StringComparer.Ordinal);
    }

    private static Dictionary<string, PageEntry> IndexTermNames(List<PageEntry> pages, DiagnosticBag diagnostics)
    {
        var names = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
        foreach (var term in pages.Where(p => p.Collection.Terms))
        {
            foreach (var name in term.Document.FrontMatter.Aliases.Prepend(term.Title))
            {
                var key = name.Trim().ToLowerInvariant();
                if (key.Length == 0)
                {
                    continue;
                }

                if (names.TryGetValue(key, out var owner) && owner != term)
                {
                    var (line, column) = FindInFrontMatter(term.Document.DisplayPath, name);
                    diagnostics.Error(term.Document.DisplayPath, line, column,
                        $"the name '{name}' is claimed by two terms: this one and {owner.Document.DisplayPath}",
                        "remove the alias from one of the two terms so each name links to one place");
                    continue;
                }

                names[key] = term;
            }
        }

        return names;
    }

    /// <summary>Where a name is written in a file's front matter (read again only when reporting an error), else 1:1.</summary>
    private static (int Line, int Column) FindInFrontMatter(string path, string name)
    {
        try
        {
            var lines = File.ReadAllLines(path);
            for (var i = 1; i < lines.Length && lines[i].TrimEnd() != "---"; i++)
            {
                var column = lines[i].IndexOf(name, StringComparison.OrdinalIgnoreCase);
                if (column >= 0 && !lines[i].TrimStart().StartsWith("title:", StringComparison.Ordinal))
                {
                    return (i + 1, column + 1);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The position is a courtesy; the error stands without it.
        }

        return (1, 1);
    }
}
