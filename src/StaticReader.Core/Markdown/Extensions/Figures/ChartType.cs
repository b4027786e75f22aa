namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>The kinds of chart a <c>```chart</c> block can draw.</summary>
public enum ChartType
{
    /// <summary>Horizontal bars, one row per category: labels sit above their bars, so long names fit a phone.</summary>
    Bar,

    /// <summary>Vertical columns, categories along the bottom.</summary>
    Column,

    /// <summary>Lines through points, categories (often years) along the bottom.</summary>
    Line,

    /// <summary>A dot plot: one row per category, a dot per series on a shared scale (before and after, two systems).</summary>
    Dot,

    /// <summary>Horizontal bars whose series are stacked end to end, with the total at the end.</summary>
    Stacked,
}
