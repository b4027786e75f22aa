using System.Text.Json;
using StaticReader.Tests.Search;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// The reader site's own search data, loaded in real lunr.js 2.3.9: the index loads, every ref has a
/// docs.json entry, and the issue's example queries find what a reader expects.
/// </summary>
public sealed class SiteSearchTests : IClassFixture<BuiltReaderSite>
{
    private readonly (string Index, string Docs) site;

    public SiteSearchTests(BuiltReaderSite built) => site = (built.Read("search/index.json"), built.Read("search/docs.json"));

    [Fact]
    public void Every_result_ref_has_a_document_with_a_url()
    {
        using var docs = JsonDocument.Parse(site.Docs);
        foreach (var query in new[] { "cloudmatrix", "reactors", "huang" })
        {
            foreach (var (reference, _) in Search(query))
            {
                Assert.True(docs.RootElement.TryGetProperty(reference, out var doc), reference);
                Assert.StartsWith("/", doc.GetProperty("url").GetString());
            }
        }
    }

    [Theory]
    [InlineData("cloudmatrix", "/glossary/cloudmatrix/")]
    [InlineData("export controls", "/glossary/export-controls/")]
    [InlineData("scale up", "/glossary/scale-up/")]
    [InlineData("数字人", "/glossary/digital-human/")]
    [InlineData("东数西算", "/glossary/east-data-west-computing/")]
    public void Term_ranks_first(string query, string expectedFirst) =>
        Assert.Equal(expectedFirst, Search(query).First().Ref);

    [Fact]
    public void Reactors_finds_smr_through_its_alias()
    {
        // lunr alone ranks long passages about reactors above the term; the search UI lifts terms whose
        // title or alias matches the query to the top (checked in the browser tests).
        Assert.Contains("/glossary/smr/", Search("reactors").Select(r => r.Ref));
        using var docs = JsonDocument.Parse(site.Docs);
        Assert.Contains("small modular reactors", docs.RootElement.GetProperty("/glossary/smr/").GetProperty("aliases").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Huang_finds_the_text_whose_passages_quote_him()
    {
        using var docs = JsonDocument.Parse(site.Docs);
        var text = Search("huang").Select(r => r.Ref).First(r => r.StartsWith("/texts/", StringComparison.Ordinal));
        var passages = docs.RootElement.GetProperty(text).GetProperty("passages").EnumerateArray()
            .Select(p => (Id: p[0].GetString()!, Text: p[1].GetString()!)).ToList();
        var quote = Assert.Single(passages, p => p.Text.Contains("Huang told reporters", StringComparison.Ordinal));
        Assert.StartsWith("p-", quote.Id);
    }

    private List<(string Ref, double Score)> Search(string query)
    {
        var input = $"{{\"index\":{site.Index},\"queries\":{JsonSerializer.Serialize(new[] { query })}}}";
        using var output = JsonDocument.Parse(LunrNode.Run("query.js", input));
        var result = output.RootElement[0];
        Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
        return result.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("ref").GetString()!, r.GetProperty("score").GetDouble()))
            .ToList();
    }
}
