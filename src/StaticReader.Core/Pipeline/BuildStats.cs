namespace StaticReader.Core.Pipeline;

/// <summary>Counts and timings of one build, for the summary line and <c>--verbose</c>.</summary>
/// <param name="Pages">Content pages built.</param>
/// <param name="Terms">Glossary terms.</param>
/// <param name="Annotations">Margin notes.</param>
/// <param name="Mentions">Links between pages found in content (what backlinks are made of).</param>
/// <param name="CheckedLinks">Internal links verified in the written site (only with checks on).</param>
/// <param name="Files">Files written.</param>
/// <param name="Timings">Each stage's duration, in order.</param>
public sealed record BuildStats(int Pages, int Terms, int Annotations, int Mentions, int CheckedLinks, int Files, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings);
