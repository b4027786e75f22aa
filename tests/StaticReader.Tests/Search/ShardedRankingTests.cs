using StaticReader.Core.Content;
using StaticReader.Core.Output;
using StaticReader.Core.Rendering;
using StaticReader.Core.Search;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Search;

/// <summary>
/// Proof that the sharded index ranks exactly as lunr does: for each kind of query lunr's syntax allows, the sharded
/// client (search-engine.js, in Node, fetching only the files a query needs) returns the same references in the same
/// order with the same scores (±0.001) as real lunr.js 2.3.9 searching the classic index.json of the same documents.
/// </summary>
public sealed class ShardedRankingTests : IClassFixture<BuiltReaderSite>
{
    private static readonly string[] GeneralQueries =
    [
        "", "the", "the and of", "!!!", "-", "+", "*", "~1", "^", ":", "title:", "nothingmatchesthis",
        "-the", "+the", new string('x', 2000), string.Join(' ', Enumerable.Repeat("chips reactor", 400)),
    ];

    private readonly BuiltReaderSite reader;

    public ShardedRankingTests(BuiltReaderSite reader) => this.reader = reader;

    [Fact]
    public void The_reader_site_ranks_as_lunr()
    {
        // The reader site's own pages, as the build indexes them, written both ways.
        var dir = Path.Combine(Path.GetTempPath(), "sr-classic-" + Guid.NewGuid().ToString("N")[..12]);
        SearchData.Write(reader.Model.Pages, new InPlaceSink(dir), SearchFormat.Lunr);
        string classic = File.ReadAllText(Path.Combine(dir, "search", "index.json"));
        string sharded = Path.Combine(reader.Output, "search");

        AssertSameResults(classic, sharded,
        [
            "cloudmatrix", "reactors", "export controls", "scale up", "Huang", "huawei nvidia chips",
            "+export +controls", "+huawei -nvidia", "-huawei", "title:huawei", "aliases:reactor", "body:power summary:chip",
            "nvidia^10 huawei", "chip^0.5 reactor^3", "scale*", "expo*", "clo*", "*ing", "*atrix", "c*x", "reactr~1", "cloudmatrx~1",
            "huawai~2", "+scal* -chip*", "title:clo*", "数字人", "东数西算", "算力 HBM", "+数字人 -huawei", "digital~1 human*",
            .. GeneralQueries,
        ]);
    }

    [Theory]
    [InlineData(42, 400)]
    public void A_random_corpus_ranks_as_lunr(int seed, int count)
    {
        // Mixed scripts, numbers as references (lunr lists those first), CJK; references made unique as pages are.
        // (.NET cannot read a lone surrogate back from JSON, so references holding one are left out.)
        var documents = TestCorpora.RandomUnicode(seed, count).DistinctBy(d => d.Ref).Where(d => !Utf16.HasLoneSurrogate(d.Ref)).ToList();
        var index = LunrIndexBuilder.Build(documents);

        AssertSameResults(LunrIndexSerializer.ToJson(index), ShardedClient.Write(documents, index),
        [
            "chips", "export controls", "+export -chips", "+scale +up", "-reactor", "title:reactor", "body:chip aliases:scale",
            "reactor^10 chips", "reac*", "ch*", "*ing", "*ies", "r*s", "happyness~1", "reactor~2", "+rel* -gen*",
            "中国", "日本 -chips", "芯片", "café", "straße", "ελλάδα", "7.65", "2025", "u.s", .. GeneralQueries,
        ]);
    }

    [Fact]
    public void A_corpus_of_many_shards_ranks_as_lunr()
    {
        // English-like prose, large enough for dozens of shards and buckets.
        var documents = SyntheticCorpus.Create(400, 2000, seed: 3);
        var index = LunrIndexBuilder.Build(documents);
        var words = documents.Take(40).SelectMany(d => d.Title.ToLowerInvariant().Split(' ')).Distinct().Take(14).ToArray();

        var queries = new List<string>(GeneralQueries);
        for (int i = 0; i + 1 < words.Length; i += 2)
        {
            queries.Add(words[i]);
            queries.Add($"{words[i]} {words[i + 1]}");
            queries.Add($"+{words[i]} -{words[i + 1]}");
            queries.Add($"title:{words[i]} {words[i + 1]}^10");
            queries.Add(words[i][..Math.Min(3, words[i].Length)] + "*");
            queries.Add("*" + words[i][^Math.Min(3, words[i].Length)..]);
            queries.Add(words[i] + "x~1");
        }

        string sharded = ShardedClient.Write(documents, index);
        Assert.True(Directory.GetFiles(Path.Combine(sharded, "p")).Length > 20, "expected many postings shards");
        AssertSameResults(LunrIndexSerializer.ToJson(index), sharded, queries);
    }

    private static void AssertSameResults(string classicJson, string shardedDir, IReadOnlyList<string> queries)
    {
        if (Environment.GetEnvironmentVariable("SR_KEEP_RANKING") is { } keep)
        {
            File.WriteAllText(Path.Combine(keep, "classic.json"), classicJson);
            File.WriteAllText(Path.Combine(keep, "sharded.txt"), shardedDir);
        }

        var expected = LunrJs.Query(classicJson, queries);
        var actual = ShardedClient.Query(shardedDir, queries);
        Assert.Equal(queries.Count, actual.Count);
        int nonEmpty = 0;
        for (int q = 0; q < queries.Count; q++)
        {
            var want = expected[q];
            var got = actual[q].Result;
            string label = queries[q].Length > 60 ? queries[q][..60] + "…" : queries[q];
            Assert.True(want.Error is null == got.Error is null, $"'{label}': lunr error '{want.Error}', sharded error '{got.Error}'");
            Assert.True(
                want.Matches.Select(m => m.Ref).SequenceEqual(got.Matches.Select(m => m.Ref)),
                $"'{label}': lunr [{string.Join(", ", want.Matches.Take(12).Select(m => m.Ref))}] ({want.Matches.Count}), sharded [{string.Join(", ", got.Matches.Take(12).Select(m => m.Ref))}] ({got.Matches.Count})");
            for (int i = 0; i < want.Matches.Count; i++)
            {
                Assert.True(Math.Abs(want.Matches[i].Score - got.Matches[i].Score) <= 0.001,
                    $"'{label}' #{i} {want.Matches[i].Ref}: lunr {want.Matches[i].Score}, sharded {got.Matches[i].Score}");
            }

            nonEmpty += want.Matches.Count > 0 ? 1 : 0;
        }

        Assert.True(nonEmpty >= queries.Count / 3, $"only {nonEmpty} of {queries.Count} queries found anything: the comparison proves little");
    }
}
