namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>Sizes and words of a chart's text: how wide a label will be and what a value label says.</summary>
public static class ChartText
{
    /// <summary>The font size of every label, in viewBox units (the theme sets the family).</summary>
    public const double Size = 15;

    /// <summary>
    /// About how wide <paramref name="text"/> is at <see cref="Size"/>: 0.58 em a character, a little more than the UI
    /// fonts' average, so a label rather ends short of its room than runs past it.
    /// </summary>
    public static double Width(string text) => text.Length * Size * 0.58;

    /// <summary>A value as its label shows it: the number as written, then the unit ("95%", "384 chips").</summary>
    public static string Value(string number, string? unit) => unit switch
    {
        null => number,
        "%" => number + "%",
        _ => number + " " + unit,
    };

    /// <summary>Splits a label into lines of at most about <paramref name="width"/>, at spaces; a long word keeps its own line.</summary>
    public static IReadOnlyList<string> Wrap(string text, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
