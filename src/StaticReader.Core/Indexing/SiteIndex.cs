using StaticReader.Core.Content;

namespace StaticReader.Core.Indexing;

/// <summary>
/// Everything known about the site before any page is rendered: pages by slug, their URLs, glossary
/// terms and the names that refer to them. Built once by <see cref="IndexSite"/>, read-only afterwards.
/// </summary>
public sealed class SiteIndex
{
    internal SiteIndex(SiteConfig config, IReadOnlyList<PageEntry> pages, IReadOnlyDictionary<string, PageEntry> bySlug,
        IReadOnlyDictionary<string, PageEntry> byTitle, IReadOnlyDictionary<string, PageEntry> termNames)
    {
        Config = config;
        Pages = pages;
        BySlug = bySlug;
        ByTitle = byTitle;
        TermNames = termNames;
        ByCollection = config.Collections.ToDictionary(
            c => c.Name, c => (IReadOnlyList<PageEntry>)pages.Where(p => p.Collection.Name == c.Name).ToList(), StringComparer.Ordinal);
        Terms = pages.Where(p => p.Collection.Terms).ToList();
        foreach (var collection in config.Collections.Where(c => c.Sequence))
        {
            var sequence = ByCollection[collection.Name];
            for (var i = 0; i < sequence.Count; i++)
            {
                positions[sequence[i].Slug] = i;
            }
        }
    }

    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private Dictionary<string, PageEntry>? byUrl;

    /// <summary>Every page by its URL (built on first use: only some outputs look pages up by URL).</summary>
    public IReadOnlyDictionary<string, PageEntry> ByUrl
    {
        get
        {
            if (byUrl is { } built)
            {
                return built;
            }

            var map = new Dictionary<string, PageEntry>(Pages.Count, StringComparer.Ordinal);
            foreach (var page in Pages)
            {
                map.TryAdd(page.Url, page);
            }

            return byUrl = map;
        }
    }

    /// <summary>Each collection's pages, sorted by slug, by collection name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PageEntry>> ByCollection { get; }

    /// <summary>
    /// The reading sequence a page belongs to (texts or explainers, for previous/next links) and its place in it, or an
    /// empty sequence and -1 for terms and standalone pages.
    /// </summary>
    public (IReadOnlyList<PageEntry> Sequence, int Position) SequenceOf(PageEntry page) =>
        page.Collection.Sequence ? (ByCollection[page.Collection.Name], positions.GetValueOrDefault(page.Slug, -1)) : ([], -1);

    /// <summary>Site settings.</summary>
    public SiteConfig Config { get; }

    /// <summary>All content pages, collection by collection in site order, each sorted by slug.</summary>
    public IReadOnlyList<PageEntry> Pages { get; }

    /// <summary>Texts sorted by slug.</summary>
    public IReadOnlyList<PageEntry> Texts => ByCollection[BuiltInCollections.Texts.Name];

    /// <summary>Glossary terms (the pages of every collection of terms) sorted by slug.</summary>
    public IReadOnlyList<PageEntry> Terms { get; }

    /// <summary>Explainers sorted by slug.</summary>
    public IReadOnlyList<PageEntry> Explainers => ByCollection[BuiltInCollections.Explainers.Name];

    /// <summary>Standalone pages sorted by slug.</summary>
    public IReadOnlyList<PageEntry> StandalonePages => ByCollection[BuiltInCollections.Pages.Name];

    /// <summary>Every page by slug (slugs are unique across collections).</summary>
    public IReadOnlyDictionary<string, PageEntry> BySlug { get; }

    /// <summary>Every page by lower-cased title, for wikilinks written as titles.</summary>
    public IReadOnlyDictionary<string, PageEntry> ByTitle { get; }

    /// <summary>Each term's title and aliases, lower-cased, to its term.</summary>
    public IReadOnlyDictionary<string, PageEntry> TermNames { get; }

    /// <summary>Drafts left out of this build, to name a link to one as such.</summary>
    public IReadOnlyList<SourceDocument> Drafts { get; init; } = [];

    /// <summary>Slugs of content files that failed to load (their error is reported there, once).</summary>
    public IReadOnlySet<string> FailedSlugs { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The files of <c>input/assets/</c> and <c>input/data/</c>, for charts' data and images' sizes.</summary>
    public SiteFiles Files { get; init; } = SiteFiles.None;

    /// <summary>
    /// The figure ids of each page that has figures (by slug), numbered as the page numbers them; filled only when
    /// <see cref="FiguresCatalogued"/> (a page's own figures need no catalogue: its conversion numbers them).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Figures { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, int>>();

    /// <summary>
    /// True when some page links to a figure (<c>#fig-</c>), so the index parsed the pages with figures to number them
    /// for links from other pages; false when nothing could read those numbers and no page was parsed twice.
    /// </summary>
    public bool FiguresCatalogued { get; init; }

    /// <summary>"Figure N" for the figure <paramref name="id"/> of <paramref name="page"/>, or null when it has no such figure.</summary>
    public string? FigureLabel(PageEntry page, string id) =>
        Figures.TryGetValue(page.Slug, out var numbers) && numbers.TryGetValue(id, out var n)
            ? "Figure " + n.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>The draft a wikilink target names (by slug or title), or null.</summary>
    public SourceDocument? DraftNamed(string target)
    {
        var key = target.Trim();
        var slug = Slugs.FromText(key);
        return Drafts.FirstOrDefault(d => d.Slug == key || d.Slug == slug || string.Equals(d.FrontMatter.Title, key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Resolves a wikilink target written as a slug or a title (case-insensitive).</summary>
    public PageEntry? Resolve(string target)
    {
        var key = target.Trim();
        return BySlug.GetValueOrDefault(key)
            ?? BySlug.GetValueOrDefault(Slugs.FromText(key))
            ?? ByTitle.GetValueOrDefault(key.ToLowerInvariant());
    }

    /// <summary>A site-relative URL for a path under the site root (e.g. <c>glossary/</c>).</summary>
    public string UrlFor(string path) => Config.BasePath + path.TrimStart('/');
}
