namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>One value of a chart's data, with the file, line and column it was written at.</summary>
public sealed record ChartCell(string Text, string Path, int Line, int Column);
