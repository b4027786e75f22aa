using StaticReader.Core.Search;
using Xunit;

namespace StaticReader.Tests.Search;

/// <summary>
/// Loads our index JSON and lunr's own into lunr.js (<c>lunr.Index.load</c>), runs the same
/// queries on both and requires the same references in the same order with the same scores.
/// </summary>
public sealed class LunrQueryCompatibilityTests
{
    private static readonly string[] Queries =
    [
        "cloudmatrix", "export controls", "+export -chips", "title:huawei", "scale*", "reactr~1", "the",
        "scale-up", "huawei's", "U.S.", "90 percent", "7.65", "aliases:smr", "nvidia^10 huawei", "data centres", "reactors",
    ];

    [Fact]
    public void QueriesRankTheSameDocumentsWithTheSameScores()
    {
        IReadOnlyList<SearchDocument> documents = EnglishCorpus.Documents;
        string lunrJson = LunrJs.BuildIndex(documents);
        string ourJson = LunrIndexSerializer.ToJson(LunrIndexBuilder.Build(documents));

        IReadOnlyList<QueryResult> expected = LunrJs.Query(lunrJson, Queries);
        IReadOnlyList<QueryResult> actual = LunrJs.Query(ourJson, Queries);

        Assert.Equal(Queries.Length, actual.Count);
        for (int q = 0; q < Queries.Length; q++)
        {
            Assert.Null(expected[q].Error);
            Assert.Null(actual[q].Error);
            Assert.True(
                expected[q].Matches.Select(m => m.Ref).SequenceEqual(actual[q].Matches.Select(m => m.Ref)),
                $"Query '{Queries[q]}': lunr ranks [{string.Join(", ", expected[q].Matches.Select(m => m.Ref))}], ours [{string.Join(", ", actual[q].Matches.Select(m => m.Ref))}]");
            for (int i = 0; i < expected[q].Matches.Count; i++)
            {
                Assert.Equal(Math.Round(expected[q].Matches[i].Score, 3), Math.Round(actual[q].Matches[i].Score, 3));
            }
        }
    }

    [Fact]
    public void TheQueriesFindWhatTheCorpusHolds()
    {
        string ourJson = LunrIndexSerializer.ToJson(LunrIndexBuilder.Build(EnglishCorpus.Documents));

        var results = LunrJs.Query(ourJson, ["cloudmatrix", "the", "title:huawei", "reactr~1", "scale*"]).ToDictionary(r => r.Query);

        Assert.Equal("glossary/cloudmatrix", results["cloudmatrix"].Matches[0].Ref);
        Assert.Empty(results["the"].Matches); // a stop word is not in the index
        Assert.Equal("glossary/huawei", results["title:huawei"].Matches[0].Ref);
        Assert.Contains(results["reactr~1"].Matches, m => m.Ref == "glossary/reactor");
        Assert.Equal("glossary/scale-up", results["scale*"].Matches[0].Ref);
    }
}
