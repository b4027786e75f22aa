using System.Globalization;
using System.Net;
using System.Text;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Writes SVG elements with coordinates rounded to a tenth and formatted in the invariant culture, so the same chart
/// gives the same bytes on every machine. Colours are never written here: every shape gets a class the theme colours
/// with its CSS variables (light, dark and print).
/// </summary>
public sealed class SvgBuilder
{
    private readonly StringBuilder svg = new();

    /// <summary>A coordinate: at most one decimal, invariant, no "-0".</summary>
    public static string N(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>Text escaped for an element or an attribute.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Appends raw markup.</summary>
    public SvgBuilder Raw(string markup)
    {
        svg.Append(markup);
        return this;
    }

    /// <summary>A rectangle.</summary>
    public void Rect(double x, double y, double width, double height, string cls) =>
        svg.Append("<rect class=\"").Append(cls).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
            .Append("\" width=\"").Append(N(Math.Max(width, 0))).Append("\" height=\"").Append(N(height)).Append("\"/>\n");

    /// <summary>A line.</summary>
    public void Line(double x1, double y1, double x2, double y2, string cls) =>
        svg.Append("<line class=\"").Append(cls).Append("\" x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1))
            .Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2)).Append("\"/>\n");

    /// <summary>A circle.</summary>
    public void Circle(double cx, double cy, double r, string cls) =>
        svg.Append("<circle class=\"").Append(cls).Append("\" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy))
            .Append("\" r=\"").Append(N(r)).Append("\"/>\n");

    /// <summary>A polyline through <paramref name="points"/>.</summary>
    public void Polyline(IEnumerable<(double X, double Y)> points, string cls) =>
        svg.Append("<polyline class=\"").Append(cls).Append("\" points=\"")
            .Append(string.Join(' ', points.Select(p => N(p.X) + "," + N(p.Y)))).Append("\"/>\n");

    /// <summary>A text; <paramref name="anchor"/> is start, middle or end.</summary>
    public void Text(double x, double y, string text, string cls, string anchor = "start")
    {
        svg.Append("<text class=\"").Append(cls).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append('"');
        if (anchor != "start")
        {
            svg.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        svg.Append('>').Append(Escape(text)).Append("</text>\n");
    }

    /// <inheritdoc />
    public override string ToString() => svg.ToString();
}
