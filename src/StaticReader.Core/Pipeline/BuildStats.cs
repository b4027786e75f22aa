namespace StaticReader.Core.Pipeline;

/// <summary>Counts and timings of one build, for the summary line and <c>--verbose</c>.</summary>
public sealed record BuildStats(int Pages, int Terms, int Files, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings);
