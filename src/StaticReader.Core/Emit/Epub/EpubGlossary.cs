using System.Xml.Linq;
using StaticReader.Core.Markdown;

namespace StaticReader.Core.Emit.Epub;

/// <summary>The glossary appendix: every term the text links, A–Z, each with its title, summary and full body.</summary>
public static class EpubGlossary
{
    /// <summary>The appendix for <paramref name="terms"/> (converted term pages), or null when the text links no term.</summary>
    public static byte[]? Write(EpubContext context, IReadOnlyList<ConvertedPage> terms)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var entries = terms.Select(term =>
        {
            var id = EpubLinks.TermId(term.Page.Slug);
            return Xhtml.E("section", new XAttribute("id", id), new XAttribute("class", "term"), new XAttribute("aria-labelledby", id + "-title"),
                Xhtml.E("h2", new XAttribute("id", id + "-title"), Xhtml.E("dfn", term.Page.Title)),
                term.Page.Summary.Length > 0 ? Xhtml.E("p", new XAttribute("class", "term-summary"), term.Page.Summary) : null,
                context.Convert(term, id + "--", 1));
        });
        return XhtmlDocument.Write(context.Language, "Glossary", "backmatter",
        [
            Xhtml.E("section", new XAttribute(Xhtml.Epub + "type", "appendix glossary"), new XAttribute("role", "doc-glossary"), new XAttribute("aria-labelledby", "glossary-title"),
                Xhtml.E("h1", new XAttribute("id", "glossary-title"), "Glossary"),
                Xhtml.E("p", new XAttribute("class", "section-note"), "Every term the text links to, with its entry from the site's glossary."),
                entries),
        ]);
    }
}
