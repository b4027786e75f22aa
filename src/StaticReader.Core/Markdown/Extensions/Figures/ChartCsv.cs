using System.Text;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Reads a chart's CSV file (RFC 4180: a header row, commas, double quotes around a field that holds a comma, a quote
/// or a line break, <c>""</c> for a quote inside one). Every cell keeps its line and column for messages.
/// </summary>
public static class ChartCsv
{
    /// <summary>Reads <paramref name="file"/>; problems are reported in the CSV file and give null.</summary>
    public static ChartTable? Read(InputFile file, DiagnosticBag diagnostics)
    {
        // Strict UTF-8, as for content: a byte that is not UTF-8 is an error at its line and column, not a silent '?'.
        var text = InputFileReader.Text(file.FullPath, file.DisplayPath, diagnostics);
        return text is null ? null : Parse(text, file.DisplayPath, diagnostics);
    }

    /// <summary>Parses CSV text; <paramref name="path"/> names it in messages and cells.</summary>
    public static ChartTable? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var records = Records(text, path, diagnostics);
        if (records is null)
        {
            return null;
        }

        if (records.Count == 0)
        {
            diagnostics.Error(path, 1, 1, "the CSV file is empty", "write a header row of column names, then one row per category");
            return null;
        }

        var header = records[0];
        var columns = header.Select(c => c.Text.Trim()).ToList();
        if (columns.Distinct(StringComparer.Ordinal).Count() < columns.Count || columns.Any(c => c.Length == 0))
        {
            diagnostics.Error(path, 1, 1, "the CSV header must name every column once", "write a header such as: system,chips");
            return null;
        }

        var rows = new List<IReadOnlyDictionary<string, ChartCell>>();
        foreach (var record in records.Skip(1))
        {
            if (record.Count != columns.Count)
            {
                diagnostics.Error(path, record[0].Line, 1, $"this row has {record.Count} fields, the header {columns.Count}",
                    "give every row one value per column; quote a value that contains a comma, e.g. \"1,5\"");
                return null;
            }

            rows.Add(columns.Select((c, i) => (c, record[i] with { Text = record[i].Text.Trim() }))
                .ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal));
        }

        return new ChartTable(columns, rows, path);
    }

    private static List<List<ChartCell>>? Records(string text, string path, DiagnosticBag diagnostics)
    {
        var records = new List<List<ChartCell>>();
        var record = new List<ChartCell>();
        var field = new StringBuilder();
        int line = 1, column = 1, fieldLine = 1, fieldColumn = 1;
        var quoted = false;
        var any = false; // the current record has a character, so a line break ends it
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                    column += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    record.Add(new ChartCell(field.ToString(), path, fieldLine, fieldColumn));
                    field.Clear();
                    any = true;
                    (fieldLine, fieldColumn) = (line, column + 1);
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        record.Add(new ChartCell(field.ToString(), path, fieldLine, fieldColumn));
                        records.Add(record);
                    }

                    record = [];
                    field.Clear();
                    any = false;
                    (fieldLine, fieldColumn) = (line + 1, 1);
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }

            (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
        }

        if (quoted)
        {
            diagnostics.Error(path, fieldLine, fieldColumn, "a quoted CSV field is never closed", "end the field with a double quote (write \"\" for a quote inside it)");
            return null;
        }

        if (any || field.Length > 0)
        {
            record.Add(new ChartCell(field.ToString(), path, fieldLine, fieldColumn));
            records.Add(record);
        }

        return records;
    }
}
