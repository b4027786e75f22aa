using System.Xml.Linq;
using StaticReader.Core.Markdown;

namespace StaticReader.Core.Emit.Epub;

/// <summary>The navigation document: the book's parts, with the text's sections (h2, and h3 under them) nested in it.</summary>
public static class EpubNav
{
    /// <summary>The navigation document's file name.</summary>
    public const string FileName = "nav.xhtml";

    /// <summary>One entry of the table of contents.</summary>
    public sealed record Entry(string Href, string Title, IReadOnlyList<TocHeading> Sections);

    /// <summary>The navigation document of a book whose parts are <paramref name="entries"/>.</summary>
    public static byte[] Write(string language, string title, IReadOnlyList<Entry> entries) =>
        XhtmlDocument.Write(language, title, null,
        [
            Xhtml.E("nav", new XAttribute(Xhtml.Epub + "type", "toc"), new XAttribute("id", "toc"), new XAttribute("aria-labelledby", "toc-title"),
                Xhtml.E("h1", new XAttribute("id", "toc-title"), "Contents"),
                Xhtml.E("ol", entries.Select(e => Xhtml.E("li", Xhtml.E("a", new XAttribute("href", e.Href), e.Title), Sections(e))))),
            Xhtml.E("nav", new XAttribute(Xhtml.Epub + "type", "landmarks"), new XAttribute("hidden", "hidden"),
                Xhtml.E("h2", "Landmarks"),
                Xhtml.E("ol",
                    Xhtml.E("li", Xhtml.E("a", new XAttribute(Xhtml.Epub + "type", "titlepage"), new XAttribute("href", EpubTitlePage.FileName), "Title page")),
                    Xhtml.E("li", Xhtml.E("a", new XAttribute(Xhtml.Epub + "type", "bodymatter"), new XAttribute("href", EpubLinks.TextFile), title)))),
        ]);

    private static XElement? Sections(Entry entry)
    {
        var items = new List<XElement>();
        XElement? last = null;
        foreach (var heading in entry.Sections)
        {
            var item = Xhtml.E("li", Xhtml.E("a", new XAttribute("href", entry.Href + "#" + heading.Id), heading.Text));
            if (heading.Level > 2 && last is not null)
            {
                (last.Element(Xhtml.Ns + "ol") ?? Add(last)).Add(item);
                continue;
            }

            items.Add(item);
            last = heading.Level == 2 ? item : last;
        }

        return items.Count == 0 ? null : Xhtml.E("ol", items);
    }

    private static XElement Add(XElement item)
    {
        var list = Xhtml.E("ol");
        item.Add(list);
        return list;
    }
}
