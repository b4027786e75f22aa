using StaticReader.Core.Csv;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Reads a chart's CSV file with the site's CSV parser (<see cref="CsvParser"/>, which data files use too) into a
/// <see cref="ChartTable"/>. Every cell keeps its line and column for messages.
/// </summary>
public static class ChartCsv
{
    /// <summary>Reads <paramref name="file"/>; problems are reported in the CSV file and give null.</summary>
    public static ChartTable? Read(InputFile file, DiagnosticBag diagnostics)
    {
        // Strict UTF-8, as for content: a byte that is not UTF-8 is an error at its line and column, not a silent '?'.
        var text = InputFileReader.Text(file.FullPath, file.DisplayPath, diagnostics);
        var table = text is null ? null : CsvParser.Parse(text, file.DisplayPath, diagnostics);
        if (table is null)
        {
            return null;
        }

        if (table.Columns.Count == 0)
        {
            diagnostics.Error(table.Path, 1, 1, "the CSV file is empty", "write a header row of column names, then one row per category");
            return null;
        }

        var rows = table.Rows
            .Select(row => (IReadOnlyDictionary<string, ChartCell>)table.Columns
                .Select((name, i) => (name, cell: new ChartCell(row[i].Text.Trim(), table.Path, row[i].Line, row[i].Column)))
                .ToDictionary(p => p.name, p => p.cell, StringComparer.Ordinal))
            .ToList();
        return new ChartTable(table.Columns, rows, table.Path);
    }
}
