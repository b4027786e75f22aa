namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>The figures of one page, numbered in reading order: each id's number ("Figure 2").</summary>
/// <param name="Numbers">The number of each figure id.</param>
/// <param name="CitesSources">True when a chart's <c>source:</c> is a citation, so the citation pass must run.</param>
/// <param name="Entries">The figures in reading order, with their text for previews.</param>
public sealed record PageFigures(IReadOnlyDictionary<string, int> Numbers, bool CitesSources, IReadOnlyList<FigureEntry> Entries)
{
    /// <summary>A page without figures.</summary>
    public static PageFigures None { get; } = new(new Dictionary<string, int>(), false, []);

    /// <summary>The label a link to <paramref name="id"/> shows ("Figure 2"), or null when it is not a figure of the page.</summary>
    public string? Label(string id) =>
        Numbers.TryGetValue(id, out var n) ? "Figure " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
