using System.Text;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// The chart's data as a table inside a closed <c>&lt;details&gt;</c>: the same numbers as the drawing, what a reader
/// without sight or without SVG gets, and a way to copy the figures.
/// </summary>
public static class ChartTableWriter
{
    /// <summary>The details element holding the table of <paramref name="spec"/>.</summary>
    public static string Write(ChartSpec spec)
    {
        var html = new StringBuilder();
        html.Append("<details class=\"chart-data\"><summary>Data table</summary>\n<table>\n<thead><tr><th scope=\"col\">")
            .Append(SvgBuilder.Escape(spec.X)).Append("</th>");
        foreach (var series in spec.Series)
        {
            html.Append("<th scope=\"col\">").Append(SvgBuilder.Escape(series.Name));
            if (spec.Unit is { } unit && !string.Equals(unit, series.Name, StringComparison.OrdinalIgnoreCase))
            {
                html.Append(" (").Append(SvgBuilder.Escape(unit)).Append(')');
            }

            html.Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var row = 0; row < spec.Labels.Count; row++)
        {
            html.Append("<tr><th scope=\"row\">").Append(SvgBuilder.Escape(spec.Labels[row])).Append("</th>");
            foreach (var series in spec.Series)
            {
                html.Append("<td>").Append(SvgBuilder.Escape(series.Texts[row])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n</details>\n").ToString();
    }

    /// <summary>
    /// The SVG's description: the kind of chart and every value in words ("Bar chart of chips by system. CloudMatrix 384:
    /// 384 chips. GB200 NVL72: 72 chips."), then the note and the source.
    /// </summary>
    public static string Describe(ChartSpec spec, string? source)
    {
        var text = new StringBuilder();
        text.Append(spec.Type switch
        {
            ChartType.Bar => "Bar chart",
            ChartType.Column => "Column chart",
            ChartType.Line => "Line chart",
            ChartType.Dot => "Dot plot",
            _ => "Stacked bar chart",
        }).Append(" of ").Append(string.Join(" and ", spec.Series.Select(s => s.Name))).Append(" by ").Append(spec.X).Append('.');
        for (var row = 0; row < spec.Labels.Count; row++)
        {
            text.Append(' ').Append(spec.Labels[row]).Append(": ");
            text.Append(string.Join(", ", spec.Series.Select(s =>
                (spec.Series.Count > 1 ? s.Name + " " : "") + ChartText.Value(s.Texts[row], spec.Unit)))).Append('.');
        }

        if (spec.Note is { } note)
        {
            text.Append(" Note: ").Append(note.TrimEnd('.')).Append('.');
        }

        if (source is not null)
        {
            text.Append(" Source: ").Append(source.TrimEnd('.')).Append('.');
        }

        return text.ToString();
    }
}
