using System.Xml.Linq;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// Turns a page body of the web edition into the body of an EPUB content document: margin notes become EPUB 3 footnotes
/// (<c>epub:type="noteref"</c> on the marker, an <c>aside epub:type="footnote"</c> with a back-link), site links point
/// into the book or to the web edition, images into the book, and the web-only parts (permalinks, preview hooks) go.
/// </summary>
/// <param name="Links">Where site links point in this book.</param>
/// <param name="IdPrefix">Prefixed to every id and same-page anchor, so that several pages can share one file (the glossary), or empty.</param>
/// <param name="HeadingShift">Levels added to every heading, so a page's headings nest under its entry's title.</param>
/// <param name="Image">Gives the book's path for an image's site URL, or null when the book cannot hold it (the callee reports why).</param>
public sealed record EpubHtmlRewriter(EpubLinks Links, string IdPrefix, int HeadingShift, Func<string, string?> Image)
{
    private static readonly string[] IdReferences = ["aria-labelledby", "aria-describedby", "aria-controls", "for"];

    /// <summary>Rewrites the children of <paramref name="root"/> in place and returns them.</summary>
    public IReadOnlyList<XNode> Rewrite(XElement root)
    {
        // Innermost first: a margin note's links and ids are rewritten before the note itself moves into its footnote.
        foreach (var element in root.Descendants().Reverse().ToList())
        {
            RewriteElement(element);
        }

        return root.Nodes().ToList();
    }

    private void RewriteElement(XElement element)
    {
        foreach (var data in element.Attributes().Where(a => a.Name.LocalName.StartsWith("data-", StringComparison.Ordinal)).ToList())
        {
            data.Remove();
        }

        Prefix(element);
        switch (element.Name.LocalName)
        {
            case "a" when Xhtml.HasClass(element, "permalink"):
                element.Remove();
                return;
            case "a":
                RewriteLink(element);
                break;
            case "img":
                RewriteImage(element);
                break;
            case "aside" when Xhtml.HasClass(element, "notes"):
                element.ReplaceWith(element.Elements().Select(Footnote).ToList());
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" when HeadingShift > 0:
                element.Name = Xhtml.Ns + ("h" + Math.Min(6, element.Name.LocalName[1] - '0' + HeadingShift));
                break;
        }
    }

    private void Prefix(XElement element)
    {
        if (IdPrefix.Length == 0)
        {
            return;
        }

        if (element.Attribute("id") is { } id)
        {
            id.Value = IdPrefix + id.Value;
        }

        foreach (var name in IdReferences)
        {
            if (element.Attribute(name) is { } references)
            {
                references.Value = string.Join(' ', references.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r => IdPrefix + r));
            }
        }

        if (element.Attribute("href") is { } href && href.Value.StartsWith('#') && href.Value.Length > 1)
        {
            href.Value = "#" + IdPrefix + href.Value[1..];
        }
    }

    private void RewriteLink(XElement link)
    {
        if (link.Attribute("href") is { } href && !href.Value.StartsWith('#'))
        {
            href.Value = Links.Resolve(href.Value);
        }

        if (link.Parent is { } sup && sup.Name.LocalName == "sup" && Xhtml.HasClass(sup, "note-ref"))
        {
            link.SetAttributeValue(Xhtml.Epub + "type", "noteref");
            link.SetAttributeValue("role", "doc-noteref");
        }
        else if (Xhtml.HasClass(link, "note-back"))
        {
            link.SetAttributeValue("role", "doc-backlink");
        }
    }

    private void RewriteImage(XElement image)
    {
        var src = (string?)image.Attribute("src") ?? "";
        if (Image(src) is { } path)
        {
            image.SetAttributeValue("src", path);
            return;
        }

        // Not in the book (remote, or not an asset: reported by the callee): a link to it, so the text keeps its alt text.
        var alt = (string?)image.Attribute("alt");
        image.ReplaceWith(Xhtml.E("a", new XAttribute("href", src.StartsWith('/') ? Links.WebUrl(src) : src), string.IsNullOrEmpty(alt) ? "Image" : alt));
    }

    /// <summary>A web edition's margin note (<c>div.note</c>, already rewritten) as an EPUB footnote.</summary>
    private static XElement Footnote(XElement note)
    {
        var aside = Xhtml.E("aside",
            new XAttribute(Xhtml.Epub + "type", "footnote"),
            new XAttribute("role", "doc-footnote"),
            note.Attributes().Where(a => a.Name.LocalName != "role"),
            note.Nodes());
        aside.SetAttributeValue("class", "note");
        return aside;
    }
}
