using System.Globalization;
using StaticReader.Core.Csv;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>
/// Reads a CSV data file (<c>input/data/chips.csv</c>) as a list of rows, each a map from the header's column names to
/// the row's cells, in column order, as <see cref="DataValueReader"/> gives YAML and JSON data. A cell is text unless it
/// is an unquoted plain number as charts read numbers (<see cref="PlainNumber"/>): <c>384</c> is a <see cref="long"/>,
/// <c>2.5</c> a <see cref="double"/>, so layouts can sort and add them. A quoted cell (<c>"72"</c>) stays text, as a
/// quoted YAML value does, and so does a number with a leading zero (<c>007</c>, <c>02134</c>), which is a code, not a
/// quantity (JSON, too, has no such number). Unquoted cells are trimmed; an empty cell is empty text.
/// </summary>
internal static class CsvDataReader
{
    /// <summary>Parses CSV text; on failure reports each problem at its line and column and returns false.</summary>
    public static bool TryCsv(string text, string display, DiagnosticBag diagnostics, out object? value)
    {
        value = null;
        if (CsvParser.Parse(text, display, diagnostics) is not { } table)
        {
            return false;
        }

        var rows = new List<object?>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                map[table.Columns[i]] = Value(row[i]);
            }

            rows.Add(map);
        }

        value = rows;
        return true;
    }

    private static object Value(CsvCell cell)
    {
        if (cell.Quoted)
        {
            return cell.Text;
        }

        var text = cell.Text.Trim();
        if (HasLeadingZero(text) || !PlainNumber.TryParse(text, out var number))
        {
            return text;
        }

        // Boxed apart: in one ?: expression the long would be widened to double.
        if (!text.Contains('.') && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        return number;
    }

    private static bool HasLeadingZero(string text)
    {
        var digits = text.TrimStart('+', '-');
        return digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]);
    }
}
