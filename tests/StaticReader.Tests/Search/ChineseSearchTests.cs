using StaticReader.Tests.Support;

namespace StaticReader.Tests.Search;

/// <summary>
/// Chinese and Japanese search end to end: a site's glossary term titled 算力 (with a Chinese alias), and a term whose
/// body holds a Chinese phrase, found by Chinese queries through the site's own search data and lunr.js, with queries
/// split into bigrams as the browser splits them (tests/lunr/query.js).
/// </summary>
public sealed class ChineseSearchTests : IDisposable
{
    private readonly TempSite site = new();

    public ChineseSearchTests()
    {
        site.Write("site.yml", "title: 中文 site\nbaseUrl: https://test.example/\nsearch: lunr\n")
            .Write("glossary/suanli.md", "---\ntitle: 算力\nsummary: Computing power, in Chinese policy writing.\naliases: [计算能力, computing power]\n---\n算力 is the usual Chinese word for computing power. 中国的算力正在快速增长。\n")
            .Write("glossary/east-data.md", "---\ntitle: East Data, West Computing\nsummary: A national data-centre plan.\n---\n\"East Data, West Computing\" (东数西算) moves data centres west. 国家算力枢纽节点 are its hubs, near HBM-hungry clusters.\n")
            .Write("glossary/hbm.md", "---\ntitle: HBM\nsummary: High-bandwidth memory.\n---\nStacked memory beside AI chips; HBM芯片 are scarce.\n")
            .Write("glossary/ja.md", "---\ntitle: 半導体\nsummary: Japanese for semiconductor.\n---\n東京で半導体を作る。\n");
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("算力", "/glossary/suanli/")]
    [InlineData("计算能力", "/glossary/suanli/")]
    [InlineData("东数西算", "/glossary/east-data/")]
    [InlineData("枢纽节点", "/glossary/east-data/")]
    [InlineData("+算力 -东数西算", "/glossary/suanli/")]
    [InlineData("title:算力", "/glossary/suanli/")]
    [InlineData("半導体", "/glossary/ja/")]
    [InlineData("HBM芯片", "/glossary/hbm/")]
    public void A_chinese_or_japanese_query_finds_its_page_first(string query, string expected) =>
        Assert.Equal(expected, Search(query).First());

    [Fact]
    public void A_mixed_query_finds_both_scripts()
    {
        var results = Search("算力 HBM");
        Assert.Contains("/glossary/suanli/", results);
        Assert.Contains("/glossary/hbm/", results);
    }

    [Fact]
    public void A_phrase_from_running_text_is_found_without_spaces()
    {
        var results = Search("快速增长");
        Assert.Equal(["/glossary/suanli/"], results);
    }

    [Fact]
    public void Chinese_that_the_site_does_not_hold_finds_nothing() => Assert.Empty(Search("量子物理"));

    public void Dispose() => site.Dispose();

    private List<string> Search(string query)
    {
        var index = site.ReadOutput("search/index.json");
        var results = LunrJs.Query(index, [query]).Single();
        Assert.Null(results.Error);
        return [.. results.Matches.Select(m => m.Ref)];
    }
}
