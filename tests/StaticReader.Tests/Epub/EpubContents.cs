using System.IO.Compression;
using System.Xml.Linq;

namespace StaticReader.Tests.Epub;

/// <summary>An EPUB read back for tests: its zip entries in order, and its XML files parsed (which fails on malformed XML).</summary>
public sealed class EpubContents
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public EpubContents(string path)
    {
        Bytes = File.ReadAllBytes(path);
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Entries.Add((entry.FullName, buffer.ToArray()));
        }
    }

    public byte[] Bytes { get; }

    /// <summary>The zip entries in the order they are stored.</summary>
    public List<(string Name, byte[] Content)> Entries { get; } = [];

    public bool Has(string name) => Entries.Any(e => e.Name == name);

    public XDocument Xml(string name) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(Entries.Single(e => e.Name == name).Content));

    /// <summary>Every element of a content document carrying <c>epub:type</c> with this value among its types.</summary>
    public IEnumerable<XElement> Typed(string name, string type) =>
        Xml(name).Descendants().Where(e => ((string?)e.Attribute(Ops + "type"))?.Split(' ').Contains(type) == true);

    /// <summary>The ids defined in a content document.</summary>
    public HashSet<string> Ids(string name) =>
        Xml(name).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
