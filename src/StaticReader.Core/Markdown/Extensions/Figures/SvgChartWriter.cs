namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Draws a chart as an inline SVG: <c>role="img"</c> named by its <c>&lt;title&gt;</c> and described by its
/// <c>&lt;desc&gt;</c>, a viewBox 380 units wide with 15-unit labels (about 13 px on a 375 px phone, where the text
/// column is some 335 px), every shape classed for the theme's colours, no script.
/// </summary>
public static class SvgChartWriter
{
    /// <summary>The width of every chart's viewBox.</summary>
    public const double Width = 380;

    /// <summary>The SVG of <paramref name="spec"/>, described for screen readers by <paramref name="description"/>.</summary>
    public static string Write(ChartSpec spec, string description)
    {
        var body = new SvgBuilder();
        var top = Legend(spec, body);
        var height = spec.Type switch
        {
            ChartType.Bar => RowCharts.Bars(spec, body, top),
            ChartType.Dot => RowCharts.Dots(spec, body, top),
            ChartType.Stacked => RowCharts.Stacked(spec, body, top),
            ChartType.Column => AxisCharts.Columns(spec, body, top),
            _ => AxisCharts.Lines(spec, body, top),
        };

        var id = SvgBuilder.Escape(spec.Id);
        var h = SvgBuilder.N(Math.Ceiling(height));
        return $"<svg class=\"chart-svg\" viewBox=\"0 0 {SvgBuilder.N(Width)} {h}\" width=\"{SvgBuilder.N(Width)}\" height=\"{h}\" role=\"img\" "
            + $"aria-labelledby=\"{id}-title {id}-desc\" font-size=\"{SvgBuilder.N(ChartText.Size)}\">\n"
            + $"<title id=\"{id}-title\">{SvgBuilder.Escape(spec.Title)}</title>\n<desc id=\"{id}-desc\">{SvgBuilder.Escape(description)}</desc>\n"
            + body + "</svg>";
    }

    /// <summary>The series' class: its colour in the theme (six, then they repeat).</summary>
    public static string Series(int index) => "chart-s" + ((index % 6) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A legend across the top when there is more than one series; returns where the plot starts.</summary>
    private static double Legend(ChartSpec spec, SvgBuilder svg)
    {
        if (spec.Series.Count < 2)
        {
            return 0;
        }

        double x = 0, y = 0;
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var name = spec.Series[i].Name;
            var width = 18 + ChartText.Width(name) + 14;
            if (x > 0 && x + width > Width)
            {
                (x, y) = (0, y + 22);
            }

            if (spec.Type == ChartType.Line)
            {
                svg.Line(x, y + 9, x + 14, y + 9, "chart-line " + Series(i));
                svg.Circle(x + 7, y + 9, 3.5, "chart-point " + Series(i));
            }
            else if (spec.Type == ChartType.Dot)
            {
                svg.Circle(x + 7, y + 9, 6, "chart-dot " + Series(i));
            }
            else
            {
                svg.Rect(x, y + 3, 12, 12, "chart-bar " + Series(i));
            }

            svg.Text(x + 18, y + 14, name, "chart-label");
            x += width;
        }

        return y + 32;
    }
}
