namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// A chart's data as read, before the chart's columns are picked from it: column names in order and rows of texts, each
/// cell with the position it was written at (so a bad value is reported where it stands).
/// </summary>
/// <param name="Columns">The column names, in the order they first appear.</param>
/// <param name="Rows">The rows: for each column name, the cell's text and where it was written.</param>
/// <param name="Origin">Where the data came from, for messages: "the inline data" or "data/chips.csv".</param>
public sealed record ChartTable(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, ChartCell>> Rows,
    string Origin);
