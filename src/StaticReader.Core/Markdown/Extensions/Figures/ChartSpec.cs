namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>A chart as its <c>```chart</c> block describes it, with its data read and checked.</summary>
/// <param name="Type">What to draw.</param>
/// <param name="Title">The title: the SVG's accessible name and the figure's heading.</param>
/// <param name="Id">The figure's id: <c>id:</c> when given, else <c>fig-</c> and the slug of the title.</param>
/// <param name="Caption">What the figure shows, in a sentence or two; may be null.</param>
/// <param name="X">The column of category labels.</param>
/// <param name="Labels">The category labels, one per row.</param>
/// <param name="Series">The value columns (<c>y</c>), in the order written.</param>
/// <param name="Unit">What the values count (<c>chips</c>, <c>%</c>); may be null.</param>
/// <param name="Source">Where the figures come from: a source key or text; may be null.</param>
/// <param name="SourceKey">True when <see cref="Source"/> is the key of a page of the sources collection.</param>
/// <param name="Note">A note on the data (how a figure was rounded, what it leaves out); may be null.</param>
public sealed record ChartSpec(
    ChartType Type,
    string Title,
    string Id,
    string? Caption,
    string X,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series,
    string? Unit,
    string? Source,
    bool SourceKey,
    string? Note);
