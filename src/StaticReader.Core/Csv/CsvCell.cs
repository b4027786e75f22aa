namespace StaticReader.Core.Csv;

/// <summary>One cell of a CSV file as written, with the line and column it starts at (1-based) for messages.</summary>
/// <param name="Text">The cell's text: without its surrounding quotes and with <c>""</c> read as one quote; not trimmed.</param>
/// <param name="Line">The line the cell starts at.</param>
/// <param name="Column">The column the cell starts at (its opening quote, when quoted).</param>
/// <param name="Quoted">True when the cell was written between double quotes: readers of data keep such a cell as text.</param>
public sealed record CsvCell(string Text, int Line, int Column, bool Quoted);
