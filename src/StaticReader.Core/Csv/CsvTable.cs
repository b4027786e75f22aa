namespace StaticReader.Core.Csv;

/// <summary>
/// A CSV file as read by <see cref="CsvParser"/>: its header row and its rows, every row with exactly one cell per
/// column. A file with no lines has no columns and no rows.
/// </summary>
/// <param name="Path">The file, as shown to writers.</param>
/// <param name="Header">The header row's cells; each one's text, trimmed, is a column name, given once.</param>
/// <param name="Rows">The rows under the header, in file order.</param>
public sealed record CsvTable(string Path, IReadOnlyList<CsvCell> Header, IReadOnlyList<IReadOnlyList<CsvCell>> Rows)
{
    /// <summary>The column names: the header's cells, trimmed.</summary>
    public IReadOnlyList<string> Columns { get; } = Header.Select(c => c.Text.Trim()).ToList();
}
