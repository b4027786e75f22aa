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
        Texts = pages.Where(p => p.Kind == ContentKind.Text).ToList();
        Terms = pages.Where(p => p.Kind == ContentKind.Term).ToList();
        Explainers = pages.Where(p => p.Kind == ContentKind.Explainer).ToList();
        StandalonePages = pages.Where(p => p.Kind == ContentKind.Page).ToList();
        foreach (var sequence in new[] { Texts, Explainers })
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                positions[sequence[i].Slug] = i;
            }
        }
    }

    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);

    /// <summary>
    /// The reading sequence a page belongs to (texts or explainers, for previous/next links) and its place in it, or an
    /// empty sequence and -1 for terms and standalone pages.
    /// </summary>
    public (IReadOnlyList<PageEntry> Sequence, int Position) SequenceOf(PageEntry page) => page.Kind switch
    {
        ContentKind.Text => (Texts, positions.GetValueOrDefault(page.Slug, -1)),
        ContentKind.Explainer => (Explainers, positions.GetValueOrDefault(page.Slug, -1)),
        _ => ([], -1),
    };

    /// <summary>Site settings.</summary>
    public SiteConfig Config { get; }

    /// <summary>All content pages: texts, terms, explainers, pages, each group sorted by slug.</summary>
    public IReadOnlyList<PageEntry> Pages { get; }

    /// <summary>Texts sorted by slug.</summary>
    public IReadOnlyList<PageEntry> Texts { get; }

    /// <summary>Glossary terms sorted by slug.</summary>
    public IReadOnlyList<PageEntry> Terms { get; }

    /// <summary>Explainers sorted by slug.</summary>
    public IReadOnlyList<PageEntry> Explainers { get; }

    /// <summary>Standalone pages sorted by slug.</summary>
    public IReadOnlyList<PageEntry> StandalonePages { get; }

    /// <summary>Every page by slug (slugs are unique across collections).</summary>
    public IReadOnlyDictionary<string, PageEntry> BySlug { get; }

    /// <summary>Every page by lower-cased title, for wikilinks written as titles.</summary>
    public IReadOnlyDictionary<string, PageEntry> ByTitle { get; }

    /// <summary>Each term's title and aliases, lower-cased, to its term.</summary>
    public IReadOnlyDictionary<string, PageEntry> TermNames { get; }

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
