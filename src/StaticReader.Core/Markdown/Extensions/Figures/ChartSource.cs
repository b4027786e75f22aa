using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>Where a chart block stands and what it may refer to: the page's file, the data files, the sources.</summary>
/// <param name="Path">The markdown file, as shown to writers.</param>
/// <param name="FirstLine">The file line of the block's first YAML line (the line after the opening fence).</param>
/// <param name="DataFile">The file of <c>input/&lt;path&gt;</c> (e.g. <c>data/chips.csv</c>), or null when there is none.</param>
/// <param name="IsSourceKey">True for the key of a page of the sources collection.</param>
/// <param name="Diagnostics">Where problems are reported.</param>
public sealed record ChartSource(string Path, int FirstLine, Func<string, InputFile?> DataFile, Func<string, bool> IsSourceKey, DiagnosticBag Diagnostics);
