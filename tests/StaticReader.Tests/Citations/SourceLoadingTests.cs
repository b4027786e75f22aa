using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;
using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Citations;

/// <summary>The sources collection: front matter of input/sources/*.md, CSL-JSON entries, and their errors.</summary>
public sealed class SourceLoadingTests
{
    private static (LoadedSite Site, IReadOnlyList<Diagnostic> Diagnostics) Load(TempSite site)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = LoadContent.Run(new BuildOptions(site.Input, site.Theme, site.Output), diagnostics);
        return (loaded, diagnostics.ToSortedList());
    }

    private static SourceDocument Source(LoadedSite site, string key) =>
        site.Documents.Single(d => BuiltInCollections.IsSources(d.Collection) && d.Slug == key);

    [Fact]
    public void A_markdown_source_reads_its_bibliographic_fields_and_a_summary_from_its_body()
    {
        using var site = new TempSite();
        site.Write("sources/reuters-2025.md", """
            ---
            title: "DeepSeek aids China's military"
            authors: [Ann Cao, Wency Chen]
            outlet: Reuters
            date: 2025
            type: Article
            url: https://example.com/story
            doi: https://doi.org/10.48550/arXiv.2506.12708
            accessed: 2025-07-01
            ---
            Our *summary* of the report. It says `more`.

            A second paragraph.
            """);
        var (loaded, diagnostics) = Load(site);
        Assert.Empty(diagnostics);
        var source = Source(loaded, "reuters-2025");
        var reference = source.FrontMatter.Reference!;
        Assert.Equal(["Ann Cao", "Wency Chen"], reference.Authors);
        Assert.Equal("Reuters", reference.Outlet);
        Assert.Equal("2025", source.FrontMatter.Date);
        Assert.Equal("article", reference.Type);
        Assert.Equal("https://example.com/story", reference.Url);
        Assert.Equal("10.48550/arXiv.2506.12708", reference.Doi);
        Assert.Equal("2025-07-01", reference.Accessed);
        Assert.Equal("Our summary of the report. It says more.", source.FrontMatter.Summary);
        Assert.Empty(source.FrontMatter.Params!); // the source fields are not layout params
    }

    [Fact]
    public void Bad_source_fields_are_errors_at_their_position_with_a_hint()
    {
        using var site = new TempSite();
        site.Write("sources/bad.md", "---\ntitle: T\ndate: 2025-13\ntype: blog\nurl: ftp://example.com/x\ndoi: nope\n---\nBody.");
        site.Write("sources/untitled.md", "---\noutlet: Reuters\n---\nBody.");
        var (_, diagnostics) = Load(site);
        Assert.Equal(
        [
            "input/sources/bad.md:3:7: 'date' must be a real date, not '2025-13'",
            "input/sources/bad.md:4:7: unknown source type 'blog'",
            "input/sources/bad.md:5:6: the url 'ftp://example.com/x' is not an absolute http(s) URL",
            "input/sources/bad.md:6:6: 'nope' is not a DOI",
            "input/sources/untitled.md:1:1: the source has no 'title'",
        ], diagnostics.Select(d => $"{Relative(d.Path)}:{d.Line}:{d.Column}: {d.Message}"));
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Hint)));
    }

    [Fact]
    public void A_csl_json_file_maps_each_entry_to_a_source()
    {
        using var site = new TempSite();
        site.Write("sources/library.json", """
            [
              {
                "id": "zuo-2025",
                "type": "article-journal",
                "title": "Serving Large Language Models on Huawei CloudMatrix384",
                "author": [{ "family": "Zuo", "given": "Pengfei" }, { "literal": "SiliconFlow" }],
                "publisher": "arXiv",
                "issued": { "date-parts": [[2025, 6, 15]] },
                "DOI": "10.48550/arXiv.2506.12708",
                "abstract": "A preprint about serving models."
              },
              { "id": "web-1", "type": "webpage", "title": "A page", "container-title": "Example", "URL": "https://example.com/",
                "issued": { "date-parts": [[2024]] }, "accessed": { "raw": "2025-06-01" } }
            ]
            """);
        var (loaded, diagnostics) = Load(site);
        Assert.Empty(diagnostics);
        var paper = Source(loaded, "zuo-2025");
        Assert.Equal("Serving Large Language Models on Huawei CloudMatrix384", paper.FrontMatter.Title);
        Assert.Equal(["Pengfei Zuo", "SiliconFlow"], paper.FrontMatter.Reference!.Authors);
        Assert.Equal("paper", paper.FrontMatter.Reference.Type);
        Assert.Equal("2025-06-15", paper.FrontMatter.Date);
        Assert.Equal("arXiv", paper.FrontMatter.Reference.Publisher);
        Assert.Equal("A preprint about serving models.", loaded.BodyOf(paper));
        Assert.Equal(2, paper.Line); // the entry's opening brace
        var web = Source(loaded, "web-1");
        Assert.Equal(("web", "Example", "2024", "2025-06-01"), (web.FrontMatter.Reference!.Type, web.FrontMatter.Reference.Outlet, web.FrontMatter.Date, web.FrontMatter.Reference.Accessed));
    }

    [Fact]
    public void Csl_json_errors_name_the_entry_line()
    {
        using var site = new TempSite();
        site.Write("sources/a.json", "[\n  { \"id\": \"x\" },\n  { \"title\": \"No id\" },\n  { \"id\": \"y\", \"title\": \"Y\", \"URL\": \"javascript:alert(1)\" }\n]");
        site.Write("sources/broken.json", "[\n  { \"id\": \"z\", \"title\": \"Z\" \n  \"type\": \"book\" }\n]");
        var (_, diagnostics) = Load(site);
        Assert.Equal(
        [
            "input/sources/a.json:2:3: the source 'x' has no \"title\"",
            "input/sources/a.json:3:3: this CSL-JSON entry has no \"id\"",
            "input/sources/a.json:4:3: the \"URL\" of 'y' ('javascript",
            "input/sources/broken.json:3:3: invalid JSON",
        ], diagnostics.Select(d => $"{Relative(d.Path)}:{d.Line}:{d.Column}: {d.Message.Split(':')[0]}"));
    }

    [Fact]
    public void A_key_defined_by_a_file_and_a_csl_entry_is_an_error_naming_both()
    {
        using var site = new TempSite();
        site.Write("sources/reuters.md", "---\ntitle: From the file\n---\nBody.");
        site.Write("sources/zotero.json", "[\n  { \"id\": \"other\", \"title\": \"O\" },\n  { \"id\": \"reuters\", \"title\": \"From Zotero\" }\n]");
        var (loaded, diagnostics) = Load(site);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("sources/zotero.json", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("the source key 'reuters' is defined twice", error.Message);
        Assert.Contains("sources/reuters.md:1", error.Message);
        Assert.Equal("From the file", Source(loaded, "reuters").FrontMatter.Title);
    }

    [Fact]
    public void Site_yml_chooses_the_citation_style()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: T\nbaseUrl: https://test.example/\ncitations: numeric\n");
        Assert.Equal(CitationStyle.Numeric, Load(site).Site.Config.Citations);
        site.Write("site.yml", "title: T\nbaseUrl: https://test.example/\n");
        Assert.Equal(CitationStyle.AuthorDate, Load(site).Site.Config.Citations);
        site.Write("site.yml", "title: T\nbaseUrl: https://test.example/\ncitations: apa\n");
        var error = Assert.Single(Load(site).Diagnostics);
        Assert.Equal((3, 12, "unknown citation style 'apa'"), (error.Line, error.Column, error.Message));
    }

    private static string Relative(string path) => path[path.IndexOf("input/", StringComparison.Ordinal)..];
}
