using StaticReader.Core.Csv;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Tests.Csv;

/// <summary>The site's one CSV parser (charts and data files): RFC 4180 cells with their positions, and its errors.</summary>
public sealed class CsvParserTests
{
    private static (CsvTable? Table, IReadOnlyList<Diagnostic> Errors) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var table = CsvParser.Parse(text, "data/t.csv", diagnostics);
        return (table, diagnostics.ToSortedList());
    }

    [Fact]
    public void Quoted_cells_hold_commas_quotes_and_line_breaks_and_keep_their_positions()
    {
        var (table, errors) = Parse("name,note\r\n\"Rack, big\",\"say \"\"hi\"\"\"\r\nTwo,\"line one\r\nline two\"\r\nThree,plain\r\n\r\n");
        Assert.Empty(errors);
        Assert.NotNull(table);
        Assert.Equal(["name", "note"], table.Columns);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(new CsvCell("Rack, big", 2, 1, true), table.Rows[0][0]);
        Assert.Equal(new CsvCell("say \"hi\"", 2, 13, true), table.Rows[0][1]);
        Assert.Equal(new CsvCell("line one\nline two", 3, 5, true), table.Rows[1][1]);
        Assert.Equal(new CsvCell("Three", 5, 1, false), table.Rows[2][0]); // the quoted line break moved it to line 5
        Assert.Equal(new CsvCell("plain", 5, 7, false), table.Rows[2][1]);
    }

    [Fact]
    public void Empty_cells_count_and_blank_lines_do_not()
    {
        var (table, errors) = Parse("a,b,c\n\n1,,\"\"\n\n");
        Assert.Empty(errors);
        var row = Assert.Single(table!.Rows);
        Assert.Equal(["1", "", ""], row.Select(c => c.Text));
        Assert.Equal([false, false, true], row.Select(c => c.Quoted));
    }

    [Fact]
    public void Empty_text_is_a_table_without_columns()
    {
        var (table, errors) = Parse("");
        Assert.Empty(errors);
        Assert.Empty(table!.Columns);
        Assert.Empty(table.Rows);
    }

    [Theory]
    [InlineData("a,b\n1,2,3\n", 2, 5, "this row has 3 cells, but the header has 2 columns (a, b)")]
    [InlineData("a,b,c\n1,2\n", 2, 1, "this row has 2 cells, but the header has 3 columns (a, b, c)")]
    [InlineData("a,b,a\n1,2,3\n", 1, 5, "the column name 'a' is given twice in the header row (columns 1 and 3)")]
    [InlineData("a, ,c\n1,2,3\n", 1, 3, "column 2 of the header row has no name")]
    [InlineData("a,b,\n1,2,3\n", 1, 5, "column 3 of the header row has no name")]
    [InlineData("a,b\n1,\"open\n2,3\n", 2, 3, "this quoted CSV cell is never closed")]
    public void A_problem_is_an_error_at_its_cell_with_a_hint(string text, int line, int column, string message)
    {
        var (table, errors) = Parse(text);
        Assert.Null(table);
        var error = Assert.Single(errors);
        Assert.Equal(("data/t.csv", line, column, message), (error.Path, error.Line, error.Column, error.Message));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
    }

    [Fact]
    public void Every_bad_row_is_reported_at_once()
    {
        var (_, errors) = Parse("a,b\n1\n2,3\n4,5,6\n");
        Assert.Equal([(2, 1), (4, 5)], errors.Select(e => (e.Line, e.Column)));
    }
}
