using System.Text;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Csv;

/// <summary>
/// The one CSV parser of the site, for charts' data and data files (RFC 4180): a header row of column names, then rows;
/// commas between cells; double quotes around a cell that holds a comma, a quote or a line break, <c>""</c> for a quote
/// inside one; CRLF or LF line ends; blank lines (a final empty line among them) are skipped. Every cell keeps its line
/// and column, so each problem is reported where it stands.
/// </summary>
public static class CsvParser
{
    /// <summary>
    /// Parses <paramref name="text"/> (decoded, BOM dropped: see <see cref="Loading.InputFileReader"/>); <paramref name="path"/>
    /// names it in messages. An unterminated quote, a header column without a name or named twice, and a row whose number
    /// of cells differs from the header's are all reported, and give null. Empty text is a table with no columns.
    /// </summary>
    public static CsvTable? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var records = Records(text, path, diagnostics);
        if (records is null)
        {
            return null;
        }

        if (records.Count == 0)
        {
            return new CsvTable(path, [], []);
        }

        var header = records[0];
        var ok = HeaderIsValid(header, path, diagnostics);
        var columns = header.Select(c => c.Text.Trim()).ToList();
        foreach (var record in records.Skip(1))
        {
            ok &= RowIsValid(record, columns, path, diagnostics);
        }

        return ok ? new CsvTable(path, header, records.Skip(1).ToList()) : null;
    }

    private static bool HeaderIsValid(List<CsvCell> header, string path, DiagnosticBag diagnostics)
    {
        var ok = true;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var (cell, name) = (header[i], header[i].Text.Trim());
            if (name.Length == 0)
            {
                diagnostics.Error(path, cell.Line, cell.Column, $"column {i + 1} of the header row has no name",
                    "write a name for every column in the first row, e.g. system,chips (a comma at the end of the row adds an empty column)");
                ok = false;
            }
            else if (!first.TryAdd(name, i))
            {
                diagnostics.Error(path, cell.Line, cell.Column, $"the column name '{name}' is given twice in the header row (columns {first[name] + 1} and {i + 1})",
                    "give every column its own name");
                ok = false;
            }
        }

        return ok;
    }

    private static bool RowIsValid(List<CsvCell> record, List<string> columns, string path, DiagnosticBag diagnostics)
    {
        if (record.Count == columns.Count)
        {
            return true;
        }

        var names = string.Join(", ", columns);
        if (record.Count > columns.Count)
        {
            var extra = record[columns.Count];
            diagnostics.Error(path, extra.Line, extra.Column, $"this row has {record.Count} cells, but the header has {columns.Count} columns ({names})",
                "remove the extra cells, or put double quotes around a value that contains a comma, e.g. \"1,5\"");
        }
        else
        {
            diagnostics.Error(path, record[0].Line, record[0].Column, $"this row has {record.Count} cells, but the header has {columns.Count} columns ({names})",
                "give every row one cell per column; an empty cell is nothing between two commas, e.g. a,,c");
        }

        return false;
    }

    private static List<List<CsvCell>>? Records(string text, string path, DiagnosticBag diagnostics)
    {
        var records = new List<List<CsvCell>>();
        var record = new List<CsvCell>();
        var field = new StringBuilder();
        int line = 1, column = 1, fieldLine = 1, fieldColumn = 1;
        var quoted = false; // inside a quoted cell
        var wasQuoted = false; // the current cell opened with a quote
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
                else if (c != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    field.Append(c); // a CRLF inside a quoted cell is one line break, as everywhere else
                }

                (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = true;
                    wasQuoted = true;
                    any = true;
                    break;
                case ',':
                    record.Add(new CsvCell(field.ToString(), fieldLine, fieldColumn, wasQuoted));
                    field.Clear();
                    wasQuoted = false;
                    any = true;
                    (fieldLine, fieldColumn) = (line, column + 1);
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        record.Add(new CsvCell(field.ToString(), fieldLine, fieldColumn, wasQuoted));
                        records.Add(record);
                    }

                    record = [];
                    field.Clear();
                    wasQuoted = false;
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
            diagnostics.Error(path, fieldLine, fieldColumn, "this quoted CSV cell is never closed",
                "end the cell with a double quote; write \"\" for a quote inside it");
            return null;
        }

        if (any || field.Length > 0)
        {
            record.Add(new CsvCell(field.ToString(), fieldLine, fieldColumn, wasQuoted));
            records.Add(record);
        }

        return records;
    }
}
