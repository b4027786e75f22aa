namespace StaticReader.Core.Content;

/// <summary>Site-wide settings from <c>input/site.yml</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string Author,
    IReadOnlyList<NavItem> Nav,
    AutoLinkMode AutoLink,
    bool Search = true)
{
    /// <summary>The site's collections in site order: the built-in ones (as <c>site.yml</c> may change them), then any it adds.</summary>
    public IReadOnlyList<Collection> Collections { get; init; } = BuiltInCollections.All;

    /// <summary>The format of the search data when <see cref="Search"/> is on.</summary>
    public SearchFormat SearchFormat { get; init; } = SearchFormat.Sharded;

    /// <summary>How citations are written: author-date (the default) or numeric.</summary>
    public CitationStyle Citations { get; init; } = CitationStyle.AuthorDate;

    /// <summary>Whether every text gets an EPUB 3 edition (<c>/texts/&lt;slug&gt;/&lt;slug&gt;.epub</c>); <c>epub: false</c> in site.yml turns it off.</summary>
    public bool Epub { get; init; } = true;

    /// <summary>The collection named <paramref name="name"/>, or null.</summary>
    public Collection? CollectionNamed(string name) => Collections.FirstOrDefault(c => c.Name == name);

    /// <summary>The settings used when <c>site.yml</c> is absent.</summary>
    public static SiteConfig Default { get; } =
        new("StaticReader site", "", "http://localhost/", "en", "", [], AutoLinkMode.FirstPerSection);

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/', used to prefix site-relative links.</summary>
    public string BasePath
    {
        get
        {
            // Read for every link of every page: the last answer is kept (one reference, replaced whole, so threads
            // never see half of one), since parsing the URL each time was a measurable share of the build.
            if (lastBasePath is { } last && ReferenceEquals(last.Url, BaseUrl))
            {
                return last.Path;
            }

            var path = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
            path = path.EndsWith('/') ? path : path + "/";
            lastBasePath = new BasePathOf(BaseUrl, path);
            return path;
        }
    }

    private static BasePathOf? lastBasePath;

    private sealed record BasePathOf(string Url, string Path);
}
