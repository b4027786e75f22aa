using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace StaticReader.Core.Emit.Epub;

/// <summary>An EPUB content document: XHTML with the book's language, title and stylesheet, serialized as UTF-8 XML.</summary>
public static class XhtmlDocument
{
    /// <summary>The bytes of a content document titled <paramref name="title"/> whose body is <paramref name="body"/>.</summary>
    public static byte[] Write(string language, string title, string? bodyType, IEnumerable<object> body, bool stylesheet = true) =>
        Serialize(new XDocument(
            new XDocumentType("html", null, null, null),
            new XElement(Xhtml.Ns + "html",
                new XAttribute(XNamespace.Xmlns + "epub", Xhtml.Epub.NamespaceName),
                new XAttribute(XNamespace.Xml + "lang", language),
                new XAttribute("lang", language),
                Xhtml.E("head",
                    Xhtml.E("meta", new XAttribute("charset", "utf-8")),
                    Xhtml.E("title", title),
                    stylesheet ? Xhtml.E("link", new XAttribute("rel", "stylesheet"), new XAttribute("type", "text/css"), new XAttribute("href", EpubStylesheet.FileName)) : null),
                Xhtml.E("body", bodyType is null ? null : new XAttribute(Xhtml.Epub + "type", bodyType), body))));

    /// <summary>Any XML document as UTF-8 without a byte-order mark, with an XML declaration.</summary>
    public static byte[] Serialize(XDocument document)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            document.Save(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
