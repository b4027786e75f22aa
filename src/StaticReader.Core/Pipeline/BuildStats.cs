using StaticReader.Core.Model;

namespace StaticReader.Core.Pipeline;

/// <summary>Counts and timings of one build, for the summary line and <c>--verbose</c>.</summary>
/// <param name="Pages">Content pages built.</param>
/// <param name="Terms">Glossary terms.</param>
/// <param name="Annotations">Margin notes.</param>
/// <param name="Mentions">Links between pages found in content (what backlinks are made of).</param>
/// <param name="CheckedLinks">Internal links verified in the written site (only with checks on).</param>
/// <param name="Files">Files written.</param>
/// <param name="Timings">Each stage's duration, in order.</param>
/// <param name="Incremental">True for serve's rebuild of what one edit affects, false for a full build.</param>
public sealed record BuildStats(int Pages, int Terms, int Annotations, int Mentions, int CheckedLinks, int Files, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings, bool Incremental = false)
{
    /// <summary>The counts of <paramref name="model"/> (zeros when there is none).</summary>
    public static BuildStats Of(SiteModel? model, int checkedLinks, int files, IReadOnlyList<(string Stage, TimeSpan Elapsed)> timings, bool incremental) =>
        model is null
            ? new(0, 0, 0, 0, checkedLinks, files, timings, incremental)
            : new(model.Index.Pages.Count, model.Index.Terms.Count, model.Pages.Sum(p => p.NotesCount), model.Pages.Sum(p => p.Mentions.Count),
                checkedLinks, files, timings, incremental);
}
