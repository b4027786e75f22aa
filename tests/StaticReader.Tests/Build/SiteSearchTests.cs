using System.Security.Cryptography;
using System.Text.Json;
using StaticReader.Tests.Search;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// The reader site's own search data (sharded, the default), queried by the site's search client in Node: every
/// result has a fragment with its URL, the example queries find what a reader expects, and a query fetches
/// only a few small, content-hashed files.
/// </summary>
public sealed class SiteSearchTests : IClassFixture<BuiltReaderSite>
{
    private readonly BuiltReaderSite built;

    public SiteSearchTests(BuiltReaderSite built) => this.built = built;

    private string SearchDir => Path.Combine(built.Output, "search");

    [Fact]
    public void Every_document_has_a_fragment_with_its_url()
    {
        using var meta = JsonDocument.Parse(built.Read("search/meta.json"));
        int documents = 0;
        foreach (var chunk in meta.RootElement.GetProperty("table").EnumerateArray())
        {
            using var rows = JsonDocument.Parse(built.Read($"search/r/{chunk.GetString()}.json"));
            foreach (var row in rows.RootElement.EnumerateArray())
            {
                using var fragment = JsonDocument.Parse(built.Read($"search/f/{row[2].GetString()}.json"));
                Assert.Equal(row[0].GetString(), fragment.RootElement.GetProperty("url").GetString());
                Assert.Equal(row[1].GetString(), fragment.RootElement.GetProperty("title").GetString());
                Assert.StartsWith("/", row[0].GetString());
                documents++;
            }
        }

        Assert.Equal(meta.RootElement.GetProperty("documents").GetInt32(), documents);
        Assert.Equal(built.Model.Pages.Count, documents);
    }

    [Fact]
    public void Search_files_are_named_by_their_content_and_the_meta_file_is_small()
    {
        var files = Directory.GetFiles(SearchDir, "*.json", SearchOption.AllDirectories);
        Assert.False(File.Exists(Path.Combine(SearchDir, "index.json")));
        Assert.False(File.Exists(Path.Combine(SearchDir, "docs.json")));
        foreach (var file in files.Where(f => Path.GetFileName(f) != "meta.json"))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..10];
            Assert.Equal(hash + ".json", Path.GetFileName(file));
        }

        Assert.True(new FileInfo(Path.Combine(SearchDir, "meta.json")).Length < 16_000);
    }

    [Theory]
    [InlineData("cloudmatrix", "/glossary/cloudmatrix/")]
    [InlineData("export controls", "/glossary/export-controls/")]
    [InlineData("scale up", "/glossary/scale-up/")]
    [InlineData("数字人", "/glossary/digital-human/")]
    [InlineData("东数西算", "/glossary/east-data-west-computing/")]
    public void Term_ranks_first(string query, string expectedFirst) =>
        Assert.Equal(expectedFirst, Search(query).Refs.First());

    [Fact]
    public void A_first_query_fetches_a_few_files()
    {
        // One postings shard for a word, plus the document table for its refs (meta.json not counted).
        Assert.InRange(Search("cloudmatrix").Files, 1, 3);
        Assert.InRange(Search("export controls").Files, 1, 4);
    }

    [Fact]
    public void Reactors_finds_smr_through_its_alias()
    {
        // lunr alone ranks long passages about reactors above the term; the search UI lifts terms whose
        // title or alias matches the query to the top (checked in the browser tests), from meta.json's terms.
        Assert.Contains("/glossary/smr/", Search("reactors").Refs);
        using var meta = JsonDocument.Parse(built.Read("search/meta.json"));
        var smr = meta.RootElement.GetProperty("terms").EnumerateArray().Single(t => t[1].GetString() == "SMR");
        Assert.Contains("small modular reactors", smr[2].GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Huang_finds_the_text_whose_passages_quote_him()
    {
        var text = Search("huang").Refs.First(r => r.StartsWith("/texts/", StringComparison.Ordinal));
        var page = built.Model.Pages.Single(p => p.Page.Url == text);
        var quote = Assert.Single(page.Passages, p => p.Text.Contains("Huang told reporters", StringComparison.Ordinal));
        Assert.StartsWith("p-", quote.Id);
        var fragments = Directory.GetFiles(Path.Combine(SearchDir, "f")).Select(File.ReadAllText);
        Assert.Contains(fragments, f => f.Contains($"\"{quote.Id}\",", StringComparison.Ordinal) && f.Contains("Huang told reporters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("the of and")]
    [InlineData("?!.,")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public void Odd_queries_answer_without_error(string query)
    {
        var (result, _) = ShardedClient.Query(SearchDir, [query]).Single();
        Assert.Null(result.Error);
    }

    [Fact]
    public void A_2000_character_query_answers_without_error()
    {
        var (result, _) = ShardedClient.Query(SearchDir, [string.Concat(Enumerable.Repeat("huawei chips ", 160))[..2000]]).Single();
        Assert.Null(result.Error);
        Assert.NotEmpty(result.Matches);
    }

    private (List<string> Refs, int Files) Search(string query)
    {
        var (result, files) = ShardedClient.Query(SearchDir, [query]).Single();
        Assert.Null(result.Error);
        return ([.. result.Matches.Select(m => m.Ref)], files);
    }
}
