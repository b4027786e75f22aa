using System.Xml.Linq;
using StaticReader.Core.Content;
using StaticReader.Core.Markdown.Extensions.Citations;
using StaticReader.Core.Rendering;

namespace StaticReader.Core.Emit.Epub;

/// <summary>The sources appendix: the full reference of every work the text cites, in the order of its "Sources" list on the site.</summary>
public static class EpubSources
{
    /// <summary>The appendix, or null when the text cites nothing.</summary>
    public static byte[]? Write(EpubContext context)
    {
        var index = context.Model.Index;
        var cited = SourceModels.Ordered(index, context.Text);
        if (cited.Count == 0)
        {
            return null;
        }

        var labels = SourceLabels.For(index);
        var style = index.Config.Citations;
        var items = cited.Select(c => Xhtml.E("li", new XAttribute("id", EpubLinks.SourceId(c.Source.Slug)),
            context.Convert(CitationFormatter.ReferenceHtml(c.Source, style, labels), context.Text, "", 0),
            " ",
            Xhtml.E("a", new XAttribute("href", context.Links.WebUrl(c.Source.Url)), "About this source")));
        return XhtmlDocument.Write(context.Language, "Sources", "backmatter",
        [
            Xhtml.E("section", new XAttribute(Xhtml.Epub + "type", "bibliography"), new XAttribute("role", "doc-bibliography"), new XAttribute("aria-labelledby", "sources-title"),
                Xhtml.E("h1", new XAttribute("id", "sources-title"), "Sources"),
                Xhtml.E("p", new XAttribute("class", "section-note"), "The works the text and its notes cite."),
                Xhtml.E(style == CitationStyle.Numeric ? "ol" : "ul", items)),
        ]);
    }
}
