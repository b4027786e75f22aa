namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Charts drawn row by row (bar, dot, stacked): each category's label on a line of its own above its marks, so a long
/// name never squeezes the plot on a phone, and each value labelled where it ends.
/// </summary>
internal static class RowCharts
{
    private const double W = SvgChartWriter.Width;
    private const double BarHeight = 18;
    private const double LabelLine = 21;
    private const double RowGap = 12;

    /// <summary>Horizontal bars, grouped by row when there are several series; returns the height used.</summary>
    public static double Bars(ChartSpec spec, SvgBuilder svg, double top)
    {
        var room = ValueRoom(spec.Series.SelectMany(s => s.Texts), spec.Unit);
        var scale = ChartScale.Tight(spec.Series.SelectMany(s => s.Values));
        var plot = W - room;
        var zero = scale.At(0, plot);
        var y = top;
        for (var row = 0; row < spec.Labels.Count; row++)
        {
            y = Label(spec.Labels[row], svg, y);
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var end = scale.At(spec.Series[s].Values[row], plot);
                svg.Rect(Math.Min(zero, end), y, Math.Abs(end - zero), BarHeight, "chart-bar " + SvgChartWriter.Series(s));
                svg.Text(Math.Max(zero, end) + 6, y + 14, ChartText.Value(spec.Series[s].Texts[row], spec.Unit), "chart-value");
                y += BarHeight + 4;
            }

            y += RowGap;
        }

        if (scale.Min < 0)
        {
            svg.Line(zero, top, zero, y - RowGap, "chart-axis");
        }

        return y - RowGap + 2;
    }

    /// <summary>A dot plot: a track per row and a dot per series, labels alternating above and below; returns the height.</summary>
    public static double Dots(ChartSpec spec, SvgBuilder svg, double top)
    {
        var scale = ChartScale.Tight(spec.Series.SelectMany(s => s.Values));
        var inset = spec.Series.SelectMany(s => s.Texts).Max(t => ChartText.Width(ChartText.Value(t, spec.Unit))) / 2 + 4;
        var plot = W - 2 * inset;
        var y = top;
        for (var row = 0; row < spec.Labels.Count; row++)
        {
            y = Label(spec.Labels[row], svg, y) + 18;
            svg.Line(inset + scale.At(scale.Min, plot), y, inset + plot, y, "chart-track");
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var x = inset + scale.At(spec.Series[s].Values[row], plot);
                svg.Circle(x, y, 6, "chart-dot " + SvgChartWriter.Series(s));
                svg.Text(x, s % 2 == 0 ? y - 11 : y + 22, ChartText.Value(spec.Series[s].Texts[row], spec.Unit), "chart-value", "middle");
            }

            y += (spec.Series.Count > 1 ? 28 : 10) + RowGap;
        }

        return y - RowGap + 2;
    }

    /// <summary>Stacked horizontal bars with each row's total at its end; returns the height used.</summary>
    public static double Stacked(ChartSpec spec, SvgBuilder svg, double top)
    {
        var totals = spec.Labels.Select((_, row) => spec.Series.Sum(s => s.Values[row])).ToList();
        var totalTexts = totals.Select(t => t.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var scale = ChartScale.Tight(totals);
        var plot = W - ValueRoom(totalTexts, spec.Unit);
        var y = top;
        for (var row = 0; row < spec.Labels.Count; row++)
        {
            y = Label(spec.Labels[row], svg, y);
            double x = 0;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var width = scale.At(spec.Series[s].Values[row], plot);
                svg.Rect(x, y, width, BarHeight, "chart-bar " + SvgChartWriter.Series(s));
                x += width;
            }

            svg.Text(x + 6, y + 14, ChartText.Value(totalTexts[row], spec.Unit), "chart-value");
            y += BarHeight + 4 + RowGap;
        }

        return y - RowGap + 2;
    }

    /// <summary>Writes a row's label (wrapped to the width) and returns where its marks start.</summary>
    private static double Label(string label, SvgBuilder svg, double y)
    {
        foreach (var line in ChartText.Wrap(label, W))
        {
            svg.Text(0, y + 14, line, "chart-label");
            y += LabelLine;
        }

        return y;
    }

    private static double ValueRoom(IEnumerable<string> texts, string? unit) =>
        texts.Select(t => ChartText.Width(ChartText.Value(t, unit))).DefaultIfEmpty(0).Max() + 10;
}
