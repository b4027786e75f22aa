using System.Globalization;
using System.Xml.Linq;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// The reader site's feed.xml is a valid Atom feed (the constraints of RFC 4287 a reader checks) and its sitemap.xml a
/// valid sitemap (sitemaps.org protocol 0.9), each pointing only at pages that exist.
/// </summary>
public sealed class FeedAndSitemapTests : IClassFixture<BuiltReaderSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string BaseUrl = BuiltReaderSite.BaseUrl;
    private readonly string output;

    public FeedAndSitemapTests(BuiltReaderSite site) => output = site.Output;

    [Fact]
    public void Feed_is_valid_atom()
    {
        var feed = XDocument.Load(Path.Combine(output, "feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        AssertAbsolute(Single(feed, "id"));
        Assert.False(string.IsNullOrWhiteSpace(Single(feed, "title")));
        AssertTimestamp(Single(feed, "updated"));
        Assert.Equal(BaseUrl + "feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        var hasFeedAuthor = feed.Elements(Atom + "author").Any(a => !string.IsNullOrWhiteSpace((string?)a.Element(Atom + "name")));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var id = Single(entry, "id");
            AssertAbsolute(id);
            Assert.True(ids.Add(id), $"entry id {id} is used twice");
            Assert.False(string.IsNullOrWhiteSpace(Single(entry, "title")));
            AssertTimestamp(Single(entry, "updated"));
            Assert.True(hasFeedAuthor || entry.Elements(Atom + "author").Any(), $"{id}: no author in the entry or the feed");

            // RFC 4287 4.1.2: an entry without content must have an alternate link; ours must lead to a built page.
            var alternate = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate").Attribute("href")!.Value;
            Assert.True(entry.Element(Atom + "content") is not null || entry.Element(Atom + "summary") is not null, $"{id}: neither content nor summary");
            AssertPageExists(alternate);
        }
    }

    [Fact]
    public void Sitemap_is_valid_and_lists_only_pages_that_exist()
    {
        var urlset = XDocument.Load(Path.Combine(output, "sitemap.xml")).Root!;
        Assert.Equal(Sitemap + "urlset", urlset.Name);
        var locations = urlset.Elements(Sitemap + "url").Select(u => Single(u, "loc", Sitemap)).ToList();
        Assert.InRange(locations.Count, 1, 50_000);
        Assert.Equal(locations.Count, locations.Distinct(StringComparer.Ordinal).Count());
        foreach (var location in locations)
        {
            Assert.StartsWith(BaseUrl, location);
            Assert.True(location.Length <= 2048, location);
            AssertPageExists(location);
        }

        Assert.DoesNotContain(locations, l => l.EndsWith("404.html", StringComparison.Ordinal));
        var robots = File.ReadAllText(Path.Combine(output, "robots.txt"));
        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml", robots);
    }

    private static string Single(XElement parent, string name, XNamespace? ns = null)
    {
        var found = parent.Elements((ns ?? Atom) + name).ToList();
        Assert.True(found.Count == 1, $"<{parent.Name.LocalName}> has {found.Count} <{name}> elements, not one");
        return found[0].Value.Trim();
    }

    private static void AssertAbsolute(string iri) =>
        Assert.True(Uri.TryCreate(iri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http", $"not an absolute http(s) IRI: {iri}");

    private static void AssertTimestamp(string value) =>
        Assert.True(DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"not an RFC 3339 date-time: {value}");

    private void AssertPageExists(string url)
    {
        Assert.StartsWith(BaseUrl, url);
        var path = url[BaseUrl.Length..];
        var file = path.Length == 0 || path.EndsWith('/') ? Path.Combine(output, path, "index.html") : Path.Combine(output, path);
        Assert.True(File.Exists(file), $"{url} leads to no built page");
    }
}
