using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// Reads an HTML fragment the reader produced (a page body, a formatted reference) as XHTML. The reader's HTML is
/// well-formed by construction (raw HTML in markdown is escaped, void elements self-close), but HTML's named entities
/// such as <c>&amp;nbsp;</c> are not XML's: they become numeric references first. Anything else that XML rejects is
/// returned as an error, never silently mended.
/// </summary>
public static partial class XhtmlFragment
{
    /// <summary>The fragment as the children of an XHTML <c>div</c>, or the XML parser's complaint (message, line, column in the fragment).</summary>
    public static (XElement? Root, (string Message, int Line, int Column)? Error) Parse(string html)
    {
        var xml = NamedEntity().Replace(html, m => XmlEntities.Contains(m.Groups[1].Value)
            ? m.Value
            : WebUtility.HtmlDecode(m.Value) is { } decoded && decoded != m.Value
                ? string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"))
                : m.Value);
        try
        {
            // The wrapper is on the fragment's first line, so the parser's line numbers are the fragment's own.
            var root = XElement.Parse("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + xml + "</div>", LoadOptions.PreserveWhitespace);
            MoveSvgIntoItsNamespace(root);
            return (root, null);
        }
        catch (XmlException ex)
        {
            var column = ex.LineNumber == 1 ? Math.Max(1, ex.LinePosition - 43) : ex.LinePosition;
            return (null, (ex.Message, ex.LineNumber, column));
        }
    }

    /// <summary>The SVG namespace: inline SVG (a chart) is SVG in XHTML only inside it.</summary>
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // HTML puts an inline <svg> in the SVG namespace by itself; XML reads it as an XHTML element, which epubcheck
    // rightly refuses, so the element and everything inside it move to SVG's namespace.
    private static void MoveSvgIntoItsNamespace(XElement root)
    {
        foreach (var svg in root.Descendants(Xhtml.Ns + "svg").ToList())
        {
            foreach (var element in svg.DescendantsAndSelf())
            {
                element.Name = Svg + element.Name.LocalName;
            }
        }
    }

    private static readonly HashSet<string> XmlEntities = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "apos" };

    [GeneratedRegex("&([A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex NamedEntity();
}
