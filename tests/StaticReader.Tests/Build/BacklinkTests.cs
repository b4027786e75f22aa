using StaticReader.Core.Diagnostics;
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
        var pages = ConvertMarkdown.Run(index, site, ConvertMarkdown.Converter(index, []), diagnostics);
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
}
