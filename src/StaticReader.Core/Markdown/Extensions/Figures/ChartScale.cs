namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// A value axis from <see cref="Min"/> to <see cref="Max"/>, always including zero (a bar that does not start at zero
/// misstates its value), with "nice" tick steps (1, 2 or 5 times a power of ten).
/// </summary>
public sealed record ChartScale(double Min, double Max, double Step)
{
    /// <summary>The scale for <paramref name="values"/>, about <paramref name="ticks"/> steps from zero to the largest.</summary>
    public static ChartScale For(IEnumerable<double> values, int ticks = 4)
    {
        var list = values.ToList();
        var min = Math.Min(0, list.Count == 0 ? 0 : list.Min());
        var max = Math.Max(0, list.Count == 0 ? 0 : list.Max());
        if (max == min)
        {
            max = min + 1;
        }

        var raw = (max - min) / ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return new ChartScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    /// <summary>A scale from zero (or the smallest negative value) to exactly the largest value: bars then use the whole width.</summary>
    public static ChartScale Tight(IEnumerable<double> values)
    {
        var list = values.ToList();
        var min = Math.Min(0, list.Count == 0 ? 0 : list.Min());
        var max = Math.Max(0, list.Count == 0 ? 0 : list.Max());
        return new ChartScale(min, max == min ? min + 1 : max, 1);
    }

    /// <summary>Where <paramref name="value"/> falls, from 0 (at <see cref="Min"/>) to <paramref name="length"/> (at <see cref="Max"/>).</summary>
    public double At(double value, double length) => (value - Min) / (Max - Min) * length;

    /// <summary>The tick values, from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return Math.Round(Min + i * Step, 10);
        }
    }
}
