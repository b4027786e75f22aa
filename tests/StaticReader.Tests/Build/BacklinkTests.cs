using StaticReader.Core.Diagnostics;
using StaticReader.Core.Extensions;
using StaticReader.Core.Indexing;
using StaticReader.Core.Linking;
using StaticReader.Core.Loading;
using StaticReader.Core.Markdown;
using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>Backlinks on the golden fixture and on the reader site: each has its sentence and an anchor that exists.</summary>
public sealed class BacklinkTests
{
    private static (IReadOnlyList<ConvertedPage> Pages, SiteLinks Links, DiagnosticBag Diagnostics) Link(string input)
    {
        var diagnostics = new DiagnosticBag();
        var site = LoadContent.Run(new BuildOptions(input, RepoPaths.Theme, "unused"), diagnostics);
        var index = IndexSite.Run(site, diagnostics);
        var pages = ConvertMarkdown.Run(index, site, ConvertMarkdown.Converter(index, [new BuiltInExtension()]), diagnostics);
        return (pages, LinkPages.Run(pages, diagnostics), diagnostics);
    }

    [Fact]
    public void Fixture_term_lists_the_sentence_and_passage_that_mention_it()
    {
        var (pages, links, diagnostics) = Link(Path.Combine(RepoPaths.Fixture("basic"), "input"));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));

        var backlink = Assert.Single(links.To("cloudmatrix"));
        Assert.Equal("roundup", backlink.Source.Slug);
        var mention = Assert.Single(backlink.Mentions);
        Assert.Equal("Huawei&#39;s <mark>CloudMatrix 384</mark> is a scale-up system.", mention.ContextHtml);
        var source = pages.Single(p => p.Page.Slug == "roundup");
        Assert.Contains(mention.PassageId, source.Anchors);
        Assert.Contains($"id=\"{mention.PassageId}\"", source.Html);
    }

    [Fact]
    public void Every_term_of_the_reader_site_is_mentioned_and_every_backlink_anchor_exists()
    {
        var (pages, links, diagnostics) = Link(Path.Combine(RepoPaths.Root, "input"));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        var bySlug = pages.ToDictionary(p => p.Page.Slug);
        foreach (var term in pages.Where(p => p.Page.Collection.Terms))
        {
            var backlinks = links.To(term.Page.Slug);
            Assert.True(backlinks.Count > 0, $"the term '{term.Page.Slug}' is never mentioned outside its own page");
            foreach (var mention in backlinks.SelectMany(b => b.Mentions.Select(m => (b.Source, m))))
            {
                Assert.Contains(mention.m.PassageId, bySlug[mention.Source.Slug].Anchors);
                Assert.Contains("<mark>", mention.m.ContextHtml);
            }
        }
    }

    [Fact]
    public void A_wikilink_in_a_note_is_a_backlink_pointing_at_the_note()
    {
        using var site = new TempSite();
        site.Write("texts/roundup.md", "---\ntitle: Roundup\n---\nChips are ==scarce==[^n].\n\n[^n]: More on [[about|our about page]]. Read it.\n");
        site.Write("pages/about.md", "---\ntitle: About\n---\nWho we are.\n");
        var (pages, links, diagnostics) = Link(site.Input);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));

        var backlink = Assert.Single(links.To("about"));
        Assert.Equal("roundup", backlink.Source.Slug);
        var mention = Assert.Single(backlink.Mentions);
        Assert.Equal("note-n", mention.PassageId);
        Assert.Equal("More on <mark>our about page</mark>.", mention.ContextHtml);
        Assert.Contains(mention.PassageId, pages.Single(p => p.Page.Slug == "roundup").Anchors);
    }

    [Fact]
    public void A_page_linked_only_from_a_note_is_not_reported_as_unlinked()
    {
        using var site = new TempSite();
        site.Write("texts/roundup.md", "---\ntitle: Roundup\n---\nChips are scarce[^n].\n\n[^n]: See [[about]].\n");
        site.Write("pages/about.md", "---\ntitle: About\n---\nWho we are.\n");
        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output, Check: true));
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("nothing links to 'About'"));
        Assert.Contains("href=\"/texts/roundup/#note-n\"", site.ReadOutput("about/index.html"));
    }

    [Fact]
    public void The_reader_text_is_listed_on_the_explainer_its_notes_link()
    {
        var (_, links, _) = Link(Path.Combine(RepoPaths.Root, "input"));
        Assert.Contains(links.To("did-export-controls-fail"), b => b.Source.Slug == "us-china-ai-race-june-2025");
    }
}
