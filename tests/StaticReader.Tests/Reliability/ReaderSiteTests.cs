using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>The published reader (the repository's input/) and the smallest reproduction of what breaks it.</summary>
public sealed class ReaderSiteTests
{
    // Notes before an auto-linked term were dropped (35 of the reader's 352 note links were dead) until 7a19829 made the
    // inline walk go forward again; these tests keep it that way.
    [Fact]
    public void A_note_before_an_auto_linked_term_is_written()
    {
        using var site = new TempSite();
        site.Write("glossary/compute.md", "---\ntitle: Compute\nsummary: Processing power.\n---\nTerm.\n");
        site.Write("texts/t.md", "---\ntitle: T\n---\nA[^a] then compute then[^b] end.\n\n[^a]: Source a.\n[^b]: Source b.\n");
        Assert.True(site.Build().Published);
        var page = HtmlPages.Load(site.Output, "texts/t/index.html").Document;
        Assert.NotNull(page.GetElementById("note-a"));
        Assert.NotNull(page.GetElementById("note-b"));
    }

    [Fact]
    public void The_reader_site_has_no_broken_internal_links_or_anchors()
    {
        var output = Path.Combine(Path.GetTempPath(), "sr-reader-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var result = SiteBuilder.Build(new BuildOptions(Path.Combine(RepoPaths.Root, "input"), RepoPaths.Theme, output));
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));
            var problems = new SiteChecker(output).Check();
            Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(30)));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
