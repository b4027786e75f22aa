using StaticReader.Core.Content;

namespace StaticReader.Core.Pipeline;

/// <summary>Tells whether an edit changed anything other pages depend on (title, slug, summary, aliases…).</summary>
public static class FrontMatterChange
{
    /// <summary>True when only the body could differ, so no other page's links, previews or lists change.</summary>
    public static bool IsBodyOnly(FrontMatter before, FrontMatter after) =>
        before.Title == after.Title && before.Summary == after.Summary && before.Date == after.Date &&
        before.Draft == after.Draft && before.Slug == after.Slug && before.TermKind == after.TermKind &&
        before.Source == after.Source && before.Layout == after.Layout &&
        before.Aliases.SequenceEqual(after.Aliases) && before.Related.SequenceEqual(after.Related) &&
        before.RedirectFrom.SequenceEqual(after.RedirectFrom);
}
