using Scriban.Runtime;
using StaticReader.Core.Content;
using StaticReader.Core.Extensions;
using StaticReader.Core.Indexing;
using StaticReader.Core.Linking;
using StaticReader.Core.Markdown;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Rendering;

/// <summary>Builds the objects layouts see. Keys are snake_case, as is usual in Scriban templates.</summary>
public static class TemplateModels
{
    private static readonly (string Kind, string Label)[] TermKindLabels =
    [
        ("concept", "Concepts"), ("organization", "Organizations"), ("person", "People"),
        ("product", "Products"), ("policy", "Policies"), ("", "Other terms"),
    ];

    /// <summary>
    /// The site-wide globals: <c>site</c> (with <c>site.data</c>, the data files) and the <c>asset</c> function. Built once
    /// per build and only read.
    /// </summary>
    public static ScriptObject Site(SiteIndex index, IReadOnlyDictionary<string, object?> data, ThemeAssets assets, IEnumerable<IReaderExtension> extensions)
    {
        var config = index.Config;
        var site = new ScriptObject
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["base_url"] = config.BaseUrl,
            ["base_path"] = config.BasePath,
            ["language"] = config.Language,
            ["author"] = config.Author,
            ["search"] = config.Search,
            ["search_format"] = config.SearchFormat == SearchFormat.Lunr ? "lunr" : "sharded",
            ["nav"] = new ScriptArray(config.Nav.Select(n => new ScriptObject { ["title"] = n.Title, ["url"] = ResolveNavUrl(index, n.Url) })),
            ["texts"] = Links(index.Texts),
            ["explainers"] = Links(index.Explainers),
            ["terms"] = Links(index.Terms),
            ["pages"] = Links(index.StandalonePages),
            ["sources"] = Links(index.ByCollection.GetValueOrDefault(BuiltInCollections.Sources.Name) ?? []),
            ["citations"] = config.Citations == CitationStyle.Numeric ? "numeric" : "author-date",
            ["collections"] = Collections(index),
            ["data"] = Params(data), // plain data, converted as page.params is
        };
        var globals = new ScriptObject { ["site"] = site };
        globals.Import("asset", new Func<string, string>(name =>
            assets.PathOf(name) is { } path
                ? index.UrlFor(path)
                : throw new ArgumentException($"the theme has no asset '{name}' (looked in theme/assets/)")));
        globals.Import("date_text", new Func<string?, string>(DateText.Of));
        foreach (var extension in extensions)
        {
            extension.AddTemplateGlobals(globals, index);
        }

        return globals;
    }

    /// <summary><c>site.collections.&lt;name&gt;</c>: each collection's pages as link objects, sorted by slug.</summary>
    private static ScriptObject Collections(SiteIndex index)
    {
        var collections = new ScriptObject();
        foreach (var (name, pages) in index.ByCollection)
        {
            collections[name] = Links(pages);
        }

        return collections;
    }

    /// <summary>A link object (title, url, summary, kind, slug) for a page.</summary>
    public static ScriptObject Link(PageEntry page) => Link(page, LinkKeys);

    // A link object's own keys; a content page's object starts from its link and holds about fifty keys in all. Sized
    // up front, neither grows its table key by key (a page's table was rebuilt four times on every page).
    private const int LinkKeys = 7;
    private const int PageKeys = 64;

    private static ScriptObject Link(PageEntry page, int capacity) => new(capacity)
    {
        ["title"] = page.Title,
        ["url"] = page.Url,
        ["summary"] = page.Summary,
        ["kind"] = page.Collection.Kind,
        ["term_kind"] = page.Document.FrontMatter.TermKind ?? "",
        ["slug"] = page.Slug,
        ["date"] = page.Document.FrontMatter.Date ?? "",
    };

    /// <summary>Link objects for pages, in the given order.</summary>
    public static ScriptArray Links(IEnumerable<PageEntry> pages) => new(pages.Select(page => Link(page)));

    /// <summary>The <c>page</c> object of a content page.</summary>
    public static ScriptObject ContentPage(SiteIndex index, ConvertedPage converted, SiteLinks links, int position, IReadOnlyList<PageEntry> sequence)
    {
        var entry = converted.Page;
        var front = entry.Document.FrontMatter;
        var page = Defaults(Link(entry, PageKeys));
        page["canonical"] = index.Config.BaseUrl + entry.Url[index.Config.BasePath.Length..];
        // page.body is set by the renderer from RenderJob.Body: as text, or as the marker where it is spliced.
        page["notes_count"] = converted.NotesCount;
        page["reading_minutes"] = ReadingTime.Minutes(converted.Utf8Html);
        page["updated"] = front.Updated ?? "";
        page["corrections"] = new ScriptArray((front.Corrections ?? []).Select(c => new ScriptObject { ["date"] = c.Date, ["text"] = c.Text }));
        page["quote_credits"] = new ScriptArray(converted.QuoteCredits.Select(s => new ScriptObject { ["html"] = s.Html, ["anchor"] = "#" + s.PassageId }));
        page["backlinks"] = new ScriptArray(links.To(entry.Slug).Select(b => new ScriptObject(5)
        {
            ["title"] = b.Source.Title,
            ["slug"] = b.Source.Slug,
            ["url"] = b.Source.Url,
            ["kind"] = b.Source.Collection.Kind,
            ["mentions"] = new ScriptArray(b.Mentions.Select(m => new ScriptObject { ["url"] = b.Source.Url + "#" + m.PassageId, ["context_html"] = m.ContextHtml })),
        }));
        page["json_ld"] = StructuredData.ForPage(index, entry, converted.Cited);
        page["aliases"] = new ScriptArray(front.Aliases);
        page["toc"] = new ScriptArray(converted.Headings.Select(h => new ScriptObject { ["level"] = h.Level, ["id"] = h.Id, ["text"] = h.Text }));
        page["related"] = Links(front.Related.Select(index.Resolve).OfType<PageEntry>());
        page["source"] = front.Source is { } s
            ? new ScriptObject { ["outlet"] = s.Outlet ?? "", ["url"] = s.Url ?? "", ["date"] = s.Date ?? "", ["author"] = s.Author ?? "", ["note"] = s.Note ?? "" }
            : null;
        page["prev"] = position > 0 ? Link(sequence[position - 1]) : null;
        page["next"] = position >= 0 && position < sequence.Count - 1 ? Link(sequence[position + 1]) : null;
        page["breadcrumbs"] = Breadcrumbs(index, entry.Collection);
        page["params"] = Params(front.Params);
        page["collection"] = entry.Collection.Name;
        page["bibliography"] = SourceModels.Bibliography(index, converted);
        if (BuiltInCollections.IsSources(entry.Collection))
        {
            SourceModels.AddReference(page, index, entry);
        }

        return page;
    }

    /// <summary>The <c>page</c> object of a generated page (home, glossary, search…).</summary>
    public static ScriptObject GeneratedPage(SiteIndex index, string kind, string title, string path)
    {
        var url = index.UrlFor(path);
        return Defaults(new ScriptObject
        {
            ["kind"] = kind,
            ["title"] = title,
            ["summary"] = index.Config.Description,
            ["url"] = url,
            ["canonical"] = index.Config.BaseUrl + path,
            ["slug"] = kind,
            ["body"] = "",
            ["toc"] = new ScriptArray(),
            ["breadcrumbs"] = new ScriptArray(),
        });
    }

    /// <summary>Gives every key layouts may read a value, so that strict variables never trip on a page kind.</summary>
    private static ScriptObject Defaults(ScriptObject page)
    {
        foreach (var key in new[] { "body", "date", "term_kind" })
        {
            page.TryAdd(key, "");
        }

        page.TryAdd("json_ld", "");

        foreach (var key in new[] { "toc", "breadcrumbs", "related", "aliases", "quote_credits", "backlinks", "groups", "letters", "bibliography", "authors" })
        {
            page.TryAdd(key, new ScriptArray());
        }

        page.TryAdd("notes_count", 0);
        page.TryAdd("reading_minutes", 0);
        page.TryAdd("updated", "");
        page.TryAdd("corrections", new ScriptArray());
        page.TryAdd("backlinks_title", "Mentioned in");
        foreach (var key in new[] { "reference_html", "source_type", "outlet", "link", "label" })
        {
            page.TryAdd(key, "");
        }

        page.TryAdd("params", new ScriptObject());
        page.TryAdd("collection", "");
        page.TryAdd("source", null);
        page.TryAdd("epub", null);
        page.TryAdd("prev", null);
        page.TryAdd("next", null);
        return page;
    }

    /// <summary>Glossary terms grouped by kind, each group sorted A–Z, with the letters that start a group.</summary>
    public static ScriptArray TermGroups(SiteIndex index) => new(
        TermKindLabels
            .Select(k => (k.Label, Terms: index.Terms.Where(t => (t.Document.FrontMatter.TermKind ?? "") == k.Kind)
                .OrderBy(t => t.Title, StringComparer.OrdinalIgnoreCase).ToList()))
            .Where(g => g.Terms.Count > 0)
            .Select(g => new ScriptObject { ["label"] = g.Label, ["terms"] = Links(g.Terms) }));

    /// <summary>All terms A–Z, grouped by first letter.</summary>
    public static ScriptArray TermLetters(SiteIndex index) => new(
        index.Terms
            .OrderBy(t => t.Title, StringComparer.OrdinalIgnoreCase)
            .GroupBy(t => char.ToUpperInvariant(t.Title[0]).ToString())
            .Select(g => new ScriptObject { ["letter"] = g.Key, ["terms"] = Links(g) }));

    private static ScriptArray Breadcrumbs(SiteIndex index, Collection collection)
    {
        var crumbs = new ScriptArray { new ScriptObject { ["title"] = "Home", ["url"] = index.UrlFor("") } };
        if (collection.IndexPath is { } path && TextsIndex.Lists(collection))
        {
            crumbs.Add(new ScriptObject { ["title"] = collection.Title, ["url"] = index.UrlFor(path) });
        }

        return crumbs;
    }

    /// <summary>Plain data (front-matter fields the reader does not read, data files) as Scriban values: maps become objects, lists arrays.</summary>
    private static ScriptObject Params(IReadOnlyDictionary<string, object?>? values)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in values ?? new Dictionary<string, object?>())
        {
            result[key] = ScriptValue(value);
        }

        return result;
    }

    private static object? ScriptValue(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => Params(map),
        List<object?> list => new ScriptArray(list.Select(ScriptValue)),
        _ => value,
    };

    private static string ResolveNavUrl(SiteIndex index, string url) =>
        url.StartsWith('/') ? index.UrlFor(url) : url;
}
