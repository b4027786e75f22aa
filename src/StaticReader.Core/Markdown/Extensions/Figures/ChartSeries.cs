namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>One series of a chart: a data column and its values, one per row.</summary>
/// <param name="Name">The column's name, as written in the data (shown in the legend and the table).</param>
/// <param name="Values">The numbers, in row order.</param>
/// <param name="Texts">The numbers as written in the data, shown as labels: the writer's "1.5" stays "1.5".</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values, IReadOnlyList<string> Texts);
