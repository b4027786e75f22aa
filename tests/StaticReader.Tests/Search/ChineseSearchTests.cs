using StaticReader.Tests.Support;

namespace StaticReader.Tests.Search;

/// <summary>
/// Chinese and Japanese search end to end: a site's glossary term titled 算力 (with a Chinese alias), and a term whose
/// body holds a Chinese phrase, found by Chinese queries through the site's own search data and lunr.js, with queries
/// split into bigrams as the browser splits them (tests/lunr/query.js).
/// </summary>
public sealed class ChineseSearchTests(ChineseSearchTests.Sites sites) : IClassFixture<ChineseSearchTests.Sites>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var format in new[] { "lunr", "sharded" })
        {
            foreach (var (query, expected) in new[]
            {
                ("算力", "/glossary/suanli/"), ("计算能力", "/glossary/suanli/"), ("东数西算", "/glossary/east-data/"),
                ("枢纽节点", "/glossary/east-data/"), ("+算力 -东数西算", "/glossary/suanli/"), ("title:算力", "/glossary/suanli/"),
                ("半導体", "/glossary/ja/"), ("HBM芯片", "/glossary/hbm/"),
            })
            {
                data.Add(format, query, expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_chinese_or_japanese_query_finds_its_page_first(string format, string query, string expected) =>
        Assert.Equal(expected, Search(format, query).First());

    [Theory]
    [InlineData("lunr")]
    [InlineData("sharded")]
    public void A_mixed_query_finds_both_scripts(string format)
    {
        var results = Search(format, "算力 HBM");
        Assert.Contains("/glossary/suanli/", results);
        Assert.Contains("/glossary/hbm/", results);
    }

    [Theory]
    [InlineData("lunr")]
    [InlineData("sharded")]
    public void A_phrase_from_running_text_is_found_without_spaces(string format) =>
        Assert.Equal(["/glossary/suanli/"], Search(format, "快速增长"));

    [Theory]
    [InlineData("lunr")]
    [InlineData("sharded")]
    public void Chinese_that_the_site_does_not_hold_finds_nothing(string format) => Assert.Empty(Search(format, "量子物理"));

    private List<string> Search(string format, string query)
    {
        var result = format == "lunr"
            ? LunrJs.Query(sites.Classic.ReadOutput("search/index.json"), [query]).Single()
            : ShardedClient.Query(Path.Combine(sites.Sharded.Output, "search"), [query]).Single().Result;
        Assert.Null(result.Error);
        return [.. result.Matches.Select(m => m.Ref)];
    }

    /// <summary>The same small site built twice: with <c>search: lunr</c> and with the default sharded index.</summary>
    public sealed class Sites : IDisposable
    {
        public Sites()
        {
            Classic = Make("search: lunr\n");
            Sharded = Make("");
        }

        public TempSite Classic { get; }

        public TempSite Sharded { get; }

        public void Dispose()
        {
            Classic.Dispose();
            Sharded.Dispose();
        }

        private static TempSite Make(string searchSetting)
        {
            var site = new TempSite();
            site.Write("site.yml", "title: 中文 site\nbaseUrl: https://test.example/\n" + searchSetting)
                .Write("glossary/suanli.md", "---\ntitle: 算力\nsummary: Computing power, in Chinese policy writing.\naliases: [计算能力, computing power]\n---\n算力 is the usual Chinese word for computing power. 中国的算力正在快速增长。\n")
                .Write("glossary/east-data.md", "---\ntitle: East Data, West Computing\nsummary: A national data-centre plan.\n---\n\"East Data, West Computing\" (东数西算) moves data centres west. 国家算力枢纽节点 are its hubs, near HBM-hungry clusters.\n")
                .Write("glossary/hbm.md", "---\ntitle: HBM\nsummary: High-bandwidth memory.\n---\nStacked memory beside AI chips; HBM芯片 are scarce.\n")
                .Write("glossary/ja.md", "---\ntitle: 半導体\nsummary: Japanese for semiconductor.\n---\n東京で半導体を作る。\n");
            var result = site.Build();
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));
            return site;
        }
    }
}
