using System.Text;
using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>Inputs that look unusual but are valid: they must simply build, with the URLs a writer expects.</summary>
public sealed class WellFormedInputTests
{
    private static void AssertBuilt(Core.Pipeline.BuildResult result) =>
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));

    private static string H1(TempSite site, string relative) =>
        HtmlPages.Load(site.Output, relative).Document.QuerySelector("main h1")?.TextContent.Trim() ?? "(no h1)";

    [Fact]
    public void Bom_crlf_and_cr_only_files_build_like_lf_files()
    {
        using var site = new TempSite();
        var lf = "---\ntitle: Same\nsummary: A summary.\n---\nFirst paragraph with [[other]].\n\n## A heading\n\nSecond[^n].\n\n[^n]: A note.\n";
        site.Write("pages/other.md", "---\ntitle: Other\n---\nOther.\n");
        site.Write("texts/lf.md", lf);
        site.WriteBytes("texts/bom.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(lf)]);
        site.Write("texts/crlf.md", lf.Replace("\n", "\r\n"));
        site.Write("texts/cr.md", lf.Replace('\n', '\r'));
        site.WriteBytes("texts/bom-crlf.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n"))]);

        AssertBuilt(site.Build());

        // Previous/next links differ between the five texts by design: compare the pages without them.
        static string WithoutPager(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<nav[^>]*next\">.*?</nav>", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        // The body names its page's slug (for previews, and its EPUB's file name): the slugs differ, the rest must not.
        var reference = WithoutPager(site.ReadOutput("texts/lf/index.html")).Replace("/texts/lf/lf.epub", "/texts/X/X.epub").Replace("/texts/lf/", "/texts/X/").Replace("data-slug=\"lf\"", "data-slug=\"X\"");
        foreach (var name in new[] { "bom", "crlf", "cr", "bom-crlf" })
        {
            var html = site.ReadOutput($"texts/{name}/index.html");
            Assert.DoesNotContain("\uFEFF", html);
            Assert.DoesNotContain("\r", html);
            Assert.Equal(reference, WithoutPager(html).Replace($"/texts/{name}/{name}.epub", "/texts/X/X.epub").Replace($"/texts/{name}/", "/texts/X/").Replace($"data-slug=\"{name}\"", "data-slug=\"X\""));
        }
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Errors_in_crlf_and_cr_files_point_at_the_right_line(string newline)
    {
        using var site = new TempSite();
        site.Write("pages/bad.md", string.Join(newline, "---", "title: Lines", "summary: ok", "---", "one", "", "two [[nowhere]]", ""));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((7, 5), (error.Line, error.Column));
    }

    [Fact]
    public void Bom_before_a_yaml_error_does_not_shift_the_column()
    {
        using var site = new TempSite();
        site.WriteBytes("pages/bad.md", [.. Encoding.UTF8.GetPreamble(), .. "---\ntitle: [Oops\nsummary: a: b\n---\n"u8]);
        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((2, 8), (error.Line, error.Column));
    }

    [Fact]
    public void Unicode_and_spaced_file_names_get_consistent_urls()
    {
        using var site = new TempSite();
        site.Write("pages/Über uns.md", "---\ntitle: Über uns\n---\nWer wir sind.\n");
        site.Write("texts/中文.md", "---\ntitle: 中文\n---\n文本。\n");
        site.Write("texts/my first text.md", "---\ntitle: My first text\n---\nHello.\n");
        site.Write("glossary/Café.md".Normalize(NormalizationForm.FormD), "---\ntitle: Café\nsummary: A place.\n---\nCoffee.\n");
        site.Write("explainers/links.md",
            "---\ntitle: Links\n---\nBy title [[Über uns]], by slug [[über-uns]], [[中文]], [[My first text]], [[my-first-text]], [[Café]], [[café]].\n");

        AssertBuilt(site.Build());

        var expected = new Dictionary<string, string>
        {
            ["/über-uns/"] = "über-uns/index.html",
            ["/texts/中文/"] = "texts/中文/index.html",
            ["/texts/my-first-text/"] = "texts/my-first-text/index.html",
            ["/glossary/café/"] = "glossary/café/index.html",
        };
        foreach (var (url, file) in expected)
        {
            Assert.True(File.Exists(Path.Combine(site.Output, file)), file + " missing; output has: " + string.Join(", ", HtmlPages.All(site.Output)));
        }

        var links = HtmlPages.Load(site.Output, "explainers/links/index.html").Document.QuerySelectorAll("main a.wikilink")
            .Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToList();
        Assert.Equal(["/über-uns/", "/über-uns/", "/texts/中文/", "/texts/my-first-text/", "/texts/my-first-text/", "/glossary/café/", "/glossary/café/"], links);
        Assert.All(links, l => Assert.True(l.IsNormalized(NormalizationForm.FormC), l));
        Assert.Equal("Über uns", H1(site, "über-uns/index.html"));
        Assert.Equal("中文", H1(site, "texts/中文/index.html"));

        var sitemap = Uri.UnescapeDataString(site.ReadOutput("sitemap.xml"));
        Assert.Contains("https://test.example/über-uns/", sitemap);
        Assert.Contains("https://test.example/texts/中文/", sitemap);
    }

    [Fact]
    public void Fences_with_trailing_spaces_and_a_file_ending_at_the_fence_build()
    {
        using var site = new TempSite();
        site.Write("pages/a.md", "--- \ntitle: Trailing\n---   \nBody.\n");
        site.Write("pages/b.md", "---\ntitle: Only front matter\n---");
        site.Write("pages/c.md", "---\ntitle: \"Emoji 🧪 and RTL עברית and ZWJ 👩‍🔬\"\n---\n");
        AssertBuilt(site.Build());
        Assert.Equal("Only front matter", H1(site, "b/index.html"));
        Assert.Equal("Emoji 🧪 and RTL עברית and ZWJ 👩‍🔬", H1(site, "c/index.html"));
    }

    [Fact]
    public void A_five_megabyte_text_builds_in_reasonable_time()
    {
        using var site = HugeTextSite();
        AssertBuilt(TimedBuild.Run(() => site.Build(), TimeSpan.FromSeconds(45), "a 5 MB text"));
        Assert.True(new FileInfo(Path.Combine(site.Output, "texts/huge/index.html")).Length > 1_000_000);
    }

    [Fact]
    public void A_five_megabyte_text_is_published_complete()
    {
        using var site = HugeTextSite();
        AssertBuilt(TimedBuild.Run(() => site.Build(), TimeSpan.FromSeconds(45), "a 5 MB text"));
        var html = site.ReadOutput("texts/huge/index.html");
        Assert.True(html.Contains("The last paragraph.", StringComparison.Ordinal), $"{html.Length} chars, ends with: {html[^200..]}");
        Assert.EndsWith("</html>", html.TrimEnd());
    }

    /// <summary>A site with one text of about 5 MB of prose (about 8,000 paragraphs under 40 headings) and one term.</summary>
    private static TempSite HugeTextSite()
    {
        var site = new TempSite();
        var body = new StringBuilder();
        var random = new Random(5);
        var words = "the compute export controls reactor model data centre policy chip cluster power grid inference training".Split(' ');
        var paragraph = 0;
        while (body.Length < 5_000_000)
        {
            paragraph++;
            body.Append("Paragraph ").Append(paragraph).Append(": ");
            for (var i = 0; i < 80; i++)
            {
                body.Append(words[random.Next(words.Length)]).Append(i % 12 == 11 ? ". " : " ");
            }

            body.Append("\n\n");
            if (paragraph % 200 == 0)
            {
                body.Append("## Part ").Append(paragraph / 200).Append("\n\n");
            }
        }

        body.Append("The last paragraph.\n");
        site.Write("texts/huge.md", "---\ntitle: Huge\n---\n" + body);
        site.Write("glossary/compute.md", "---\ntitle: Compute\nsummary: Power.\n---\nThe term.\n");
        return site;
    }
}
