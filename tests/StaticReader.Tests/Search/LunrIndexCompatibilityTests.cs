using StaticReader.Core.Search;
using Xunit;

namespace StaticReader.Tests.Search;

/// <summary>
/// Our index JSON against the JSON real lunr.js 2.3.9 produces (tests/lunr/build-index.js) for the same documents.
/// </summary>
public sealed class LunrIndexCompatibilityTests
{
    public static TheoryData<string> Corpora => new(TestCorpora.Names);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void IndexIsStructurallyEqualToLunrs(string corpus)
    {
        IReadOnlyList<SearchDocument> documents = TestCorpora.ByName(corpus);

        string expected = LunrJs.BuildIndex(documents);
        string actual = LunrIndexSerializer.ToJson(LunrIndexBuilder.Build(documents));

        JsonStructure.AssertEqual(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void IndexTextIsIdenticalToLunrs(string corpus)
    {
        IReadOnlyList<SearchDocument> documents = TestCorpora.ByName(corpus);

        string expected = LunrJs.BuildIndex(documents);
        string actual = LunrIndexSerializer.ToJson(LunrIndexBuilder.Build(documents));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void LargeRandomCorpusIsIdenticalToLunrs()
    {
        IReadOnlyList<SearchDocument> documents = TestCorpora.RandomUnicode(seed: 42, count: 400);

        string expected = LunrJs.BuildIndex(documents);
        string actual = LunrIndexSerializer.ToJson(LunrIndexBuilder.Build(documents));

        JsonStructure.AssertEqual(expected, actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void WithoutChineseOrJapaneseTheIndexIsPlainLunrs()
    {
        // The harness swaps lunr's trimmer for the theme's cjkTrimmer; on text without Han or kana that is
        // lunr's own trimmer, so the index equals the one plain lunr.js builds.
        IReadOnlyList<SearchDocument> documents = EnglishCorpus.Documents;

        string plain = LunrNode.Run("build-index.js", LunrJs.DocumentsJson(documents), new Dictionary<string, string> { ["LUNR_PLAIN"] = "1" });

        Assert.Equal(plain, LunrIndexSerializer.ToJson(LunrIndexBuilder.Build(documents)));
    }

    [Fact]
    public void ChineseIsIndexedAsBigrams()
    {
        LunrIndex index = LunrIndexBuilder.Build(TestCorpora.ByName("chinese-and-japanese"));
        var terms = index.InvertedIndex.Select(p => p.Term).ToHashSet();

        Assert.Contains("算力", terms);
        Assert.Contains("数字", terms);
        Assert.Contains("字人", terms);
        Assert.Contains("hbm", terms);
        Assert.Contains("芯片", terms);
        Assert.Contains("ジェ", terms);
        Assert.Contains("𠮷野", terms);
        Assert.Contains("中", terms); // a lone character stays itself
        Assert.DoesNotContain("中国的算力正在快速增长", terms);
        Assert.DoesNotContain(terms, t => t.Contains('・') || t.Contains('，'));
    }

    [Fact]
    public void WriteToWritesTheSameUtf8AsToJson()
    {
        LunrIndex index = LunrIndexBuilder.Build(TestCorpora.ByName("edge-cases"));
        using var stream = new MemoryStream();

        LunrIndexSerializer.WriteTo(index, stream);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(LunrIndexSerializer.ToJson(index)), stream.ToArray());
    }

    [Fact]
    public void BuildIsDeterministic()
    {
        IReadOnlyList<SearchDocument> documents = TestCorpora.RandomUnicode(seed: 7, count: 300);

        string first = LunrIndexSerializer.ToJson(LunrIndexBuilder.Build(documents));
        string second = LunrIndexSerializer.ToJson(LunrIndexBuilder.Build(documents));

        Assert.Equal(first, second);
    }
}
