using System.Globalization;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Charts with a value axis on the left and categories along the bottom (column, line): gridlines at round values,
/// each value labelled at its mark, category labels wrapped to their slot, the unit above the axis.
/// </summary>
internal static class AxisCharts
{
    private const double W = SvgChartWriter.Width;
    private const double PlotHeight = 200;

    /// <summary>Vertical columns, grouped per category; returns the height used.</summary>
    public static double Columns(ChartSpec spec, SvgBuilder svg, double top)
    {
        var frame = Frame(spec, svg, top, ChartScale.For(spec.Series.SelectMany(s => s.Values)));
        var slot = frame.Plot / spec.Labels.Count;
        var width = Math.Min(48, slot * 0.7 / spec.Series.Count);
        for (var row = 0; row < spec.Labels.Count; row++)
        {
            var start = frame.Left + row * slot + (slot - width * spec.Series.Count) / 2;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var value = spec.Series[s].Values[row];
                var y = frame.Y(value);
                var x = start + s * width;
                svg.Rect(x, Math.Min(y, frame.Zero), width - 2, Math.Abs(frame.Zero - y), "chart-bar " + SvgChartWriter.Series(s));
                svg.Text(x + (width - 2) / 2, value >= 0 ? y - 5 : y + 15, Short(spec.Series[s].Texts[row], spec.Unit), "chart-value", "middle");
            }
        }

        return Categories(spec, svg, frame, slot);
    }

    /// <summary>A line per series through its points; returns the height used.</summary>
    public static double Lines(ChartSpec spec, SvgBuilder svg, double top)
    {
        var frame = Frame(spec, svg, top, ChartScale.For(spec.Series.SelectMany(s => s.Values)));
        var slot = frame.Plot / spec.Labels.Count;
        var labelled = spec.Labels.Count <= 8;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var points = series.Values.Select((v, row) => (X: frame.Left + (row + 0.5) * slot, Y: frame.Y(v))).ToList();
            svg.Polyline(points, "chart-line " + SvgChartWriter.Series(s));
            for (var row = 0; row < points.Count; row++)
            {
                svg.Circle(points[row].X, points[row].Y, 4, "chart-point " + SvgChartWriter.Series(s));
                if (labelled || row == 0 || row == points.Count - 1)
                {
                    // The first series is labelled above its points, the second below, so two lines' labels do not meet.
                    svg.Text(points[row].X, s % 2 == 0 ? points[row].Y - 9 : points[row].Y + 19, Short(series.Texts[row], spec.Unit), "chart-value", "middle");
                }
            }
        }

        return Categories(spec, svg, frame, slot);
    }

    private sealed record AxisFrame(double Left, double Plot, double PlotTop, ChartScale Scale)
    {
        public double Zero => Y(0);

        public double Y(double value) => PlotTop + PlotHeight - Scale.At(value, PlotHeight);
    }

    /// <summary>The unit above the axis, gridlines and their values; returns where the plot lies.</summary>
    private static AxisFrame Frame(ChartSpec spec, SvgBuilder svg, double top, ChartScale scale)
    {
        var ticks = scale.Ticks().ToList();
        var tickTexts = ticks.Select(t => t.ToString("0.###", CultureInfo.InvariantCulture)).ToList();
        var left = tickTexts.Max(ChartText.Width) + 8;
        var plotTop = top + 24;
        if (spec.Unit is { } unit && unit != "%")
        {
            svg.Text(0, top + 12, unit, "chart-axis-title");
        }

        var frame = new AxisFrame(left, W - left, plotTop, scale);
        for (var i = 0; i < ticks.Count; i++)
        {
            var y = frame.Y(ticks[i]);
            svg.Line(left, y, W, y, ticks[i] == 0 ? "chart-axis" : "chart-grid");
            svg.Text(left - 6, y + 5, tickTexts[i] + (spec.Unit == "%" ? "%" : ""), "chart-tick", "end");
        }

        return frame;
    }

    /// <summary>The category labels under the plot, each wrapped to its slot; returns the chart's height.</summary>
    private static double Categories(ChartSpec spec, SvgBuilder svg, AxisFrame frame, double slot)
    {
        var y0 = frame.PlotTop + PlotHeight + 20;
        var deepest = y0;
        for (var row = 0; row < spec.Labels.Count; row++)
        {
            var x = frame.Left + (row + 0.5) * slot;
            var y = y0;
            foreach (var line in ChartText.Wrap(spec.Labels[row], slot - 6))
            {
                svg.Text(x, y, line, "chart-label", "middle");
                y += 17;
            }

            deepest = Math.Max(deepest, y - 17);
        }

        return deepest + 6;
    }

    /// <summary>A value label on an axis chart: the number, with "%" (other units are written once, above the axis).</summary>
    private static string Short(string text, string? unit) => unit == "%" ? text + "%" : text;
}
