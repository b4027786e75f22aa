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
        IReadOnlyList<SearchDocument> documents = TestCorpora.RandomUnicode(seed: 42, count: 600);

        string expected = LunrJs.BuildIndex(documents);
        string actual = LunrIndexSerializer.ToJson(LunrIndexBuilder.Build(documents));

        JsonStructure.AssertEqual(expected, actual);
        Assert.Equal(expected, actual);
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
