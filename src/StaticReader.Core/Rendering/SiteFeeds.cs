using System.Text;
using System.Xml;
using StaticReader.Core.Content;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Rendering;

/// <summary>
/// The machine-readable files: an Atom feed of texts and explainers, a sitemap with absolute URLs, and a
/// robots.txt naming the sitemap. Dates come only from front matter, so output never depends on the clock.
/// </summary>
public static class SiteFeeds
{
    private const string EpochFallback = "1970-01-01T00:00:00Z";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// feed.xml, sitemap.xml, robots.txt and, when a page has moved, _redirects: each file's path and what writes it into
    /// a stream. The two XML files are written straight into their streams as UTF-8: on a large site each is megabytes,
    /// which as a string and then as bytes were the largest allocations of the build's end.
    /// </summary>
    public static IReadOnlyList<(string Path, Action<Stream> Write)> Files(SiteIndex index)
    {
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {index.Config.BaseUrl}sitemap.xml\n";
        var files = new List<(string, Action<Stream>)>
        {
            ("feed.xml", stream => Feed(index, stream)),
            ("sitemap.xml", stream => Sitemap(index, stream)),
            ("robots.txt", stream => stream.Write(Utf8.GetBytes(robots))),
        };
        var redirects = Redirects(index);
        if (redirects.Length > 0)
        {
            files.Add(("_redirects", stream => stream.Write(Utf8.GetBytes(redirects))));
        }

        return files;
    }

    /// <summary>The absolute URL of a site-relative one.</summary>
    public static string Absolute(SiteIndex index, string url) =>
        index.Config.BaseUrl + url[Math.Min(index.Config.BasePath.Length, url.Length)..];

    /// <summary>Netlify's _redirects: each old path in front matter <c>redirect_from</c> moves permanently to its page.</summary>
    private static string Redirects(SiteIndex index)
    {
        var lines = new StringBuilder();
        foreach (var page in index.Pages)
        {
            foreach (var from in page.Document.FrontMatter.RedirectFrom)
            {
                var path = "/" + from.Trim().TrimStart('/');
                if (path.Length > 1 && !path.Any(char.IsWhiteSpace))
                {
                    lines.Append(path).Append(' ').Append(page.Url).Append(" 301\n");
                }
            }
        }

        return lines.ToString();
    }

    private static void Feed(SiteIndex index, Stream stream)
    {
        var entries = index.Pages.Where(p => p.Collection.Feed)
            .OrderByDescending(p => p.Document.FrontMatter.Date ?? "", StringComparer.Ordinal)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();
        var updated = entries.Select(e => LastChange(e.Document.FrontMatter)).OfType<string>().Max(StringComparer.Ordinal);
        Xml(stream, writer =>
        {
            writer.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            writer.WriteElementString("title", index.Config.Title);
            if (index.Config.Description.Length > 0)
            {
                writer.WriteElementString("subtitle", index.Config.Description);
            }

            writer.WriteElementString("id", index.Config.BaseUrl);
            WriteLink(writer, index.Config.BaseUrl + "feed.xml", "self");
            WriteLink(writer, index.Config.BaseUrl, "alternate");
            writer.WriteElementString("updated", Timestamp(updated));
            writer.WriteStartElement("author");
            writer.WriteElementString("name", index.Config.Author.Length > 0 ? index.Config.Author : index.Config.Title);
            writer.WriteEndElement();
            foreach (var entry in entries)
            {
                var url = Absolute(index, entry.Url);
                writer.WriteStartElement("entry");
                writer.WriteElementString("title", entry.Title);
                writer.WriteElementString("id", url);
                WriteLink(writer, url, "alternate");
                // An updated or corrected page is re-announced: readers' feed apps show it again with its new date.
                var front = entry.Document.FrontMatter;
                var changed = LastChange(front);
                writer.WriteElementString("updated", Timestamp(changed ?? updated));
                if (front.Date is not null && changed != front.Date)
                {
                    writer.WriteElementString("published", Timestamp(front.Date));
                }

                if (entry.Summary.Length > 0)
                {
                    writer.WriteElementString("summary", entry.Summary);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    /// <summary>The latest of a page's date, its <c>updated</c> date and its corrections' dates, or null when it has none.</summary>
    private static string? LastChange(FrontMatter front) =>
        new[] { front.Date, front.Updated }.Concat((front.Corrections ?? []).Select(c => c.Date)).OfType<string>().Max(StringComparer.Ordinal);

    private static void Sitemap(SiteIndex index, Stream stream)
    {
        var urls = new[] { "", "glossary/", "explainers/" }.Select(index.UrlFor)
            .Concat(index.Pages.Select(p => p.Url))
            .ToList();
        Xml(stream, writer =>
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var url in urls)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", Absolute(index, url));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static void WriteLink(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link");
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Timestamp(string? date) => date switch
    {
        null => EpochFallback,
        { Length: 7 } => date + "-01T00:00:00Z",
        _ => date + "T00:00:00Z",
    };

    /// <summary>An XML document, indented, in UTF-8 without a byte-order mark, and a final line feed.</summary>
    private static void Xml(Stream stream, Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = Utf8, NewLineChars = "\n", CloseOutput = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
    }
}
