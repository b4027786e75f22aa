using System.Xml.Linq;
using StaticReader.Core.Markdown.Extensions.Citations;

namespace StaticReader.Core.Emit.Epub;

/// <summary>The title page: the text's title and summary, where it comes from (outlet, author, date, note, quoted sources) and the site that annotated it.</summary>
public static class EpubTitlePage
{
    /// <summary>The title page's file name.</summary>
    public const string FileName = "title.xhtml";

    /// <summary>The title page of the book built in <paramref name="context"/>.</summary>
    public static byte[] Write(EpubContext context)
    {
        var entry = context.Text.Page;
        var front = entry.Document.FrontMatter;
        var config = context.Model.Config;
        var source = front.Source;
        var credits = new List<XElement>();
        if (source?.Outlet is { Length: > 0 } outlet)
        {
            credits.Add(Xhtml.E("p", "From ", source.Url is { Length: > 0 } url ? Xhtml.E("a", new XAttribute("href", url), outlet) : Xhtml.E("cite", outlet)));
        }

        if (source?.Author is { Length: > 0 } author)
        {
            credits.Add(Xhtml.E("p", "By " + author));
        }

        if ((source?.Date ?? front.Date) is { Length: > 0 } date)
        {
            credits.Add(Xhtml.E("p", (source?.Date is null ? "" : "Published ") + CitationFormatter.ReadableDate(date)));
        }

        if (source?.Note is { Length: > 0 } note)
        {
            credits.Add(Xhtml.E("p", new XAttribute("class", "source-note"), note));
        }

        var quotes = context.Text.QuoteCredits
            .Select(q => context.Convert(q.Html, context.Text, "", 0) is { } nodes
                ? Xhtml.E("li", nodes, " ", Xhtml.E("a", new XAttribute("href", EpubLinks.TextFile + "#" + q.PassageId), "Go to the excerpt"))
                : null)
            .OfType<XElement>()
            .ToList();
        var web = context.Links.WebUrl(entry.Url);
        return XhtmlDocument.Write(context.Language, entry.Title, "frontmatter titlepage",
        [
            Xhtml.E("section", new XAttribute(Xhtml.Epub + "type", "titlepage"), new XAttribute("aria-labelledby", "title"),
                Xhtml.E("h1", new XAttribute("id", "title"), entry.Title),
                entry.Summary.Length > 0 ? Xhtml.E("p", new XAttribute("class", "lede"), entry.Summary) : null,
                credits.Count > 0 ? Xhtml.E("div", new XAttribute("class", "source-credits"), credits) : null,
                quotes.Count > 0
                    ? Xhtml.E("section", new XAttribute("aria-labelledby", "excerpts-title"),
                        Xhtml.E("h2", new XAttribute("id", "excerpts-title"), "Quoted excerpts"),
                        Xhtml.E("ol", quotes))
                    : null,
                Xhtml.E("section", new XAttribute("aria-labelledby", "edition-title"),
                    Xhtml.E("h2", new XAttribute("id", "edition-title"), "This edition"),
                    Xhtml.E("p", "An annotated edition from ", Xhtml.E("a", new XAttribute("href", config.BaseUrl), config.Title),
                        config.Author.Length > 0 ? ", by " + config.Author : "", "."),
                    Xhtml.E("p", "Read it on the web, where every note, term and source links to the rest of the site: ",
                        Xhtml.E("a", new XAttribute("href", web), web), "."))),
        ]);
    }
}
