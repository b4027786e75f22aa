using StaticReader.Core.Diagnostics;
using StaticReader.Core.Linking;
using StaticReader.Core.Markdown;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Linking;

/// <summary>serve re-inverts one page's mentions instead of the whole site's: the graph must equal a full link stage.</summary>
public sealed class LinkPagesUpdateTests(BuiltReaderSite site) : IClassFixture<BuiltReaderSite>
{
    private static List<string> Describe(SiteLinks links, IEnumerable<string> slugs) =>
        slugs.SelectMany(slug => links.To(slug).Select(b =>
            $"{slug} <- {b.Source.Slug}: " + string.Join(" | ", b.Mentions.Select(m => $"{m.TargetSlug}#{m.PassageId} {m.ContextHtml}")))).ToList();

    public static TheoryData<string> Edits => new() { "drop-half", "drop-all", "add-new-target", "reorder" };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Updating_one_page_gives_the_graph_a_full_link_stage_gives(string edit)
    {
        var pages = site.Model.Pages;
        var allSlugs = pages.Select(p => p.Page.Slug).ToList();

        // Every page with mentions in turn, so that the edited page stands at the start, middle and end of lists.
        foreach (var before in pages.Where(p => p.Mentions.Count > 0))
        {
            var spare = allSlugs.First(s => s != before.Page.Slug && before.Mentions.All(m => m.TargetSlug != s));
            var mentions = edit switch
            {
                "drop-half" => before.Mentions.Take(before.Mentions.Count / 2).ToList(),
                "drop-all" => [],
                "add-new-target" => before.Mentions.Append(new Mention(spare, "p-added", "an added mention")).ToList(),
                _ => before.Mentions.Reverse().ToList(),
            };
            var after = before with { Mentions = mentions };
            var edited = pages.Select(p => ReferenceEquals(p, before) ? after : p).ToList();

            var full = LinkPages.Run(edited, new DiagnosticBag());
            var updated = LinkPages.Update(LinkPages.Run(pages, new DiagnosticBag()), edited, before, after, new DiagnosticBag());

            Assert.Equal(Describe(full, allSlugs), Describe(updated, allSlugs));
        }
    }
}
