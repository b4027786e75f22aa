using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>Annotation cases the fuzzer found: notes referenced more than once, escaped highlights, labels that differ by case.</summary>
public sealed class AnnotationEdgeTests
{
    [Fact]
    public void A_note_referenced_from_two_passages_is_written_once()
    {
        using var site = new TempSite();
        site.Write("texts/t.md", "---\ntitle: T\n---\nFirst[^a] passage.\n\nSecond[^a] passage.\n\nThird ==x==[^a].\n\n[^a]: Note a.\n");
        Assert.True(site.Build().Published);
        var page = HtmlPages.Load(site.Output, "texts/t/index.html").Document;
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Single(page.QuerySelectorAll(".note"));
    }

    [Fact]
    public void An_escaped_highlight_marker_is_literal_text()
    {
        using var site = new TempSite();
        site.Write("texts/t.md", "---\ntitle: T\n---\nA literal \\== sign.\n");
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Contains("A literal == sign.", HtmlPages.Load(site.Output, "texts/t/index.html").Document.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Note_labels_that_differ_only_in_case_are_reported_as_defined_twice()
    {
        using var site = new TempSite();
        site.Write("texts/t.md", "---\ntitle: T\n---\nx[^b] y[^B]\n\n[^b]: one\n[^B]: two\n");
        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("twice", error.Message);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Notes_with_labels_that_slug_alike_get_distinct_ids()
    {
        using var site = new TempSite();
        site.Write("texts/t.md", "---\ntitle: T\n---\nOne[^a-1] two[^a_1] three[^a.1] four[^A1x].\n\n[^a-1]: N1.\n[^a_1]: N2.\n[^a.1]: N3.\n[^A1x]: N4.\n");
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var page = HtmlPages.Load(site.Output, "texts/t/index.html").Document;
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.True(ids.Distinct().Count() == ids.Count, "duplicate ids: " + string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key)));
        var checker = new SiteChecker(site.Output);
        Assert.Empty(checker.Check());
    }
}
