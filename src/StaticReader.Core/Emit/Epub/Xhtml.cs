using System.Xml.Linq;

namespace StaticReader.Core.Emit.Epub;

/// <summary>The XML namespaces of EPUB content documents and packages.</summary>
public static class Xhtml
{
    /// <summary>XHTML.</summary>
    public static readonly XNamespace Ns = "http://www.w3.org/1999/xhtml";

    /// <summary>EPUB's own attributes (<c>epub:type</c>).</summary>
    public static readonly XNamespace Epub = "http://www.idpf.org/2007/ops";

    /// <summary>The OPF package document.</summary>
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";

    /// <summary>Dublin Core elements in the package metadata.</summary>
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>An XHTML element.</summary>
    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>The value of <c>class</c> split into its names.</summary>
    public static bool HasClass(XElement element, string name) =>
        ((string?)element.Attribute("class"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.Ordinal) == true;
}
