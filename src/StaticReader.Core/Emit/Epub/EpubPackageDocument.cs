using System.Xml.Linq;

namespace StaticReader.Core.Emit.Epub;

/// <summary>The OPF package document: metadata, the manifest of every file and the reading order (spine).</summary>
public static class EpubPackageDocument
{
    /// <summary>The package's path in the container.</summary>
    public const string Path = "EPUB/package.opf";

    /// <summary>The package document for <paramref name="files"/> (paths under <c>EPUB/</c>).</summary>
    /// <param name="metadata">The metadata as Dublin Core (and <c>meta</c>) elements, the identifier first with id <c>uid</c>.</param>
    /// <param name="language">The book's language.</param>
    /// <param name="files">The book's files, in manifest and spine order.</param>
    public static byte[] Write(IEnumerable<XElement> metadata, string language, IReadOnlyList<EpubFile> files)
    {
        var opf = Xhtml.Opf;
        var package = new XElement(opf + "package",
            new XAttribute("version", "3.0"),
            new XAttribute("unique-identifier", "uid"),
            new XAttribute(XNamespace.Xml + "lang", language),
            new XElement(opf + "metadata", new XAttribute(XNamespace.Xmlns + "dc", Xhtml.Dc.NamespaceName), metadata),
            new XElement(opf + "manifest", files.Where(f => f.MediaType is not null).Select(f => new XElement(opf + "item",
                new XAttribute("id", f.Id),
                new XAttribute("href", f.Path["EPUB/".Length..]),
                new XAttribute("media-type", f.MediaType!),
                f.Properties is null ? null : new XAttribute("properties", f.Properties)))),
            new XElement(opf + "spine", files.Where(f => f.InSpine).Select(f => new XElement(opf + "itemref", new XAttribute("idref", f.Id)))));
        return XhtmlDocument.Serialize(new XDocument(package));
    }

    /// <summary>META-INF/container.xml, which points readers to the package document.</summary>
    public static byte[] Container()
    {
        XNamespace ns = "urn:oasis:names:tc:opendocument:xmlns:container";
        return XhtmlDocument.Serialize(new XDocument(new XElement(ns + "container", new XAttribute("version", "1.0"),
            new XElement(ns + "rootfiles", new XElement(ns + "rootfile",
                new XAttribute("full-path", Path), new XAttribute("media-type", "application/oebps-package+xml"))))));
    }
}
