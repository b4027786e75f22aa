using System.Text.Json;
using System.Xml;
using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// Script and markup injection through content, front matter and site.yml: the site is built and every output
/// page is parsed with AngleSharp. Raw HTML in markdown is shown as text (by design), front matter is escaped, and
/// links with script-capable schemes are build errors.
/// </summary>
public sealed class InjectionTests
{
    private const string Script = "<script>alert('x')</script>";
    private const string Img = "<img src=x onerror=alert('img')>";
    private const string Breakout = "\" onmouseover=\"alert('attr')";
    private const string JsonBreakout = "</script><script>alert('json')</script>";
    private const string Template = "{{ 7*7 }}";

    /// <summary>Every hostile string placed in front matter; each must reach the reader as plain text.</summary>
    private static readonly string[] Hostile = [Script, Img, Breakout, JsonBreakout, Template, "javascript:alert('t')"];

    private static string Yaml(string text) => JsonSerializer.Serialize(text); // a JSON string is a valid YAML double-quoted scalar

    private static TempSite HostileSite()
    {
        var site = new TempSite(copyTheme: true);
        site.Write("site.yml", $"""
            title: {Yaml("Site " + Script + Breakout)}
            description: {Yaml("Description " + Img)}
            author: {Yaml("Author " + JsonBreakout)}
            baseUrl: https://test.example/
            nav:
              - {"{"} title: {Yaml("<svg onload=alert('nav')>")}, url: {Yaml("/about/?q=\"><script>alert('navurl')</script>")} {"}"}
            """);
        site.Write("pages/about.md", "---\ntitle: About\n---\nAbout.\n");
        site.Write("glossary/evil.md", $"""
            ---
            title: {Yaml("Evil " + Script)}
            summary: {Yaml("Summary " + Img + " " + JsonBreakout + " " + Template + " " + Breakout)}
            aliases: [{Yaml("<b onmouseover=alert('alias')>bold</b>")}, {Yaml("javascript:alert('alias')")}]
            kind: concept
            ---
            The evil term. {Script}
            """);
        site.Write("texts/hostile.md", $$"""
            ---
            title: {{Yaml("Text " + Breakout + " " + Script)}}
            summary: {{Yaml("<iframe src=javascript:alert('s')></iframe>")}}
            date: 2025-06-14
            source: { outlet: {{Yaml(Script)}}, url: {{Yaml("https://example.com/?a=\"><script>alert('src')</script>")}}, author: {{Yaml(Img)}} }
            ---
            Raw: <script>alert('body')</script>

            <img src=x onerror=alert('img')>

            <div onclick="alert('div')">div</div>

            <a href="javascript:alert('a')">raw link</a>

            Inline <span onmouseover=alert('span')>span</span> and <svg/onload=alert('svg')> and <!-- comment --> and <![CDATA[ x ]]>.

            `<script>alert('code')</script>`

            ```html
            <script>alert('fence')</script>
            ```

                <script>alert('indented')</script>

            Plain words javascript:alert('text'), a wikilink [[evil]], a labelled one [[evil|<img src=x onerror=alert('label')>]], {{Template}} and {% raw %}.

            A [safe link](https://example.com/"onmouseover="alert('q')) and ![alt " onerror="alert('alt')](https://example.com/x.png "t\" onerror=\"alert('t')").

            <https://example.com/"onmouseover="alert('auto')> and www.example.com/"onmouseover="alert('www').

            A ==highlight <script>alert('mark')</script>==[^n1].

            [^n1]: Note with <script>alert('note')</script> and [[evil]].

            > quote <script>alert('quote')</script>

            ## Heading <script>alert('h')</script> "quoted"

            A passage with its own id. {#custom-id}

            | a <script> | b |
            |---|---|
            | <img src=x onerror=alert('cell')> | c |
            """);
        site.Write("explainers/why.md", $"---\ntitle: {Yaml("Why " + Img)}\n---\nSee [[hostile]] and [[evil]], then [[hostile#custom-id]].\n");
        return site;
    }

    [Fact]
    public void Hostile_content_builds_and_no_page_can_run_injected_script()
    {
        using var site = HostileSite();
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));

        var problems = new List<string>();
        var pages = HtmlPages.All(site.Output);
        Assert.True(pages.Count >= 8, string.Join(", ", pages));
        foreach (var relative in pages)
        {
            var page = HtmlPages.Load(site.Output, relative);
            problems.AddRange(InjectionScan.Problems(page, "/"));
            var html = File.ReadAllText(Path.Combine(site.Output, relative));
            Assert.DoesNotContain(">49<", html);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_scan_catches_a_layout_that_forgets_to_escape()
    {
        using var site = HostileSite();
        site.WriteTheme("layouts/term.html", "<h1>{{ page.title }}</h1>\n<p>{{ page.summary }}</p>\n{{ page.body }}\n");
        Assert.True(site.Build().Published);
        var problems = InjectionScan.Problems(HtmlPages.Load(site.Output, "glossary/evil/index.html"), "/");
        Assert.Contains(problems, p => p.Contains("a script element", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("onerror", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_strings_reach_the_reader_as_plain_text()
    {
        using var site = HostileSite();
        Assert.True(site.Build().Published);

        var text = HtmlPages.Load(site.Output, "texts/hostile/index.html").Document;
        Assert.Contains("Text " + Breakout + " " + Script, text.Title);
        Assert.Contains("Site " + Script + Breakout, text.Title);
        var body = text.QuerySelector("main")!.TextContent;
        foreach (var shown in new[] { "<script>alert('body')</script>", "<div onclick=\"alert('div')\">div</div>", "javascript:alert('text')", "{{ 7*7 }}", "<script>alert('fence')</script>" })
        {
            Assert.Contains(shown, body);
        }

        var term = HtmlPages.Load(site.Output, "glossary/evil/index.html").Document;
        Assert.Equal("Evil " + Script, term.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains("Summary " + Img, term.QuerySelector("main")!.TextContent);
        Assert.Equal("Summary " + Img + " " + JsonBreakout + " " + Template + " " + Breakout, term.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void Preview_files_parse_and_hold_hostile_strings_as_data()
    {
        using var site = HostileSite();
        Assert.True(site.Build().Published);

        // Pages carry no preview data of their own: it is fetched as JSON, never inlined into a page.
        var explainer = HtmlPages.Load(site.Output, "explainers/why/index.html").Document;
        Assert.Empty(explainer.QuerySelectorAll("script#preview-data"));
        using var evil = JsonDocument.Parse(site.ReadOutput("previews/evil.json"));
        Assert.Equal("Evil " + Script, evil.RootElement.GetProperty("title").GetString());
        Assert.Equal("Summary " + Img + " " + JsonBreakout + " " + Template + " " + Breakout, evil.RootElement.GetProperty("summary").GetString());
        using var hostile = JsonDocument.Parse(site.ReadOutput("previews/hostile.json"));
        Assert.Equal("Text " + Breakout + " " + Script, hostile.RootElement.GetProperty("title").GetString());
        var passages = hostile.RootElement.GetProperty("passages");
        Assert.Contains(passages.EnumerateObject(), p => p.Value[0].GetString()!.Contains("<script>alert('body')</script>", StringComparison.Ordinal));
        Assert.DoesNotContain("</", site.ReadOutput("previews/hostile.json"));
    }

    [Fact]
    public void Feed_sitemap_and_search_data_are_well_formed_with_hostile_strings_as_text()
    {
        using var site = HostileSite();
        Assert.True(site.Build().Published);

        var feed = new XmlDocument();
        feed.LoadXml(site.ReadOutput("feed.xml"));
        var titles = feed.GetElementsByTagName("title").Cast<XmlElement>().Select(e => e.InnerText).ToList();
        Assert.Contains("Site " + Script + Breakout, titles);
        Assert.Contains("Text " + Breakout + " " + Script, titles);
        new XmlDocument().LoadXml(site.ReadOutput("sitemap.xml"));

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file)); // fetched as data, never inlined: it only has to parse
        }

        var docs = Path.Combine(site.Output, "search", "docs.json");
        if (File.Exists(docs))
        {
            var data = File.ReadAllText(docs);
            using var json = JsonDocument.Parse(data);
            Assert.Contains("Evil " + Script, Flatten(json.RootElement));
        }
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "javascript")]
    [InlineData("[x](<javascript:alert(1)>)", "javascript")]
    [InlineData("[x](&#106;avascript:alert(1))", "javascript")]
    [InlineData("[x](java&#x09;script:alert(1))", "javascript")]
    [InlineData("[x](javascript&colon;alert(1))", "javascript")]
    [InlineData("<javascript:alert(1)>", "javascript")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)", "javascript")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "data")]
    [InlineData("[x](vbscript:msgbox(1))", "vbscript")]
    [InlineData("Note[^n].\n\n[^n]: A [bad](javascript:alert(1)) link.", "javascript")]
    public void Script_capable_links_are_build_errors(string markdown, string scheme)
    {
        using var site = BaselineSite.Built();
        var good = TreeSnapshot.Of(site.Output);
        site.Write("pages/bad.md", "---\ntitle: Bad\n---\n" + markdown + "\n");
        var result = site.Build();
        var error = Assert.Single(DiagnosticExpect.WellFormedErrors(result));
        Assert.EndsWith("pages/bad.md", error.Path);
        Assert.Contains($"unsafe scheme '{scheme}:'", error.Message);
        Assert.True(error.Line >= 4, error.ToString());
        Assert.Equal(good, TreeSnapshot.Of(site.Output));
    }

    [Fact]
    public void Hostile_base_url_is_escaped_everywhere()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: T\nbaseUrl: \"https://test.example/x\\\"><script>alert('base')</script>/\"\n");
        site.Write("pages/about.md", "---\ntitle: About\n---\nAbout [[about]].\n");
        var result = site.Build();
        if (!result.Published)
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Path.EndsWith("site.yml", StringComparison.Ordinal));
            return; // refusing it is fine too
        }

        var basePath = new Uri("https://test.example/x\"><script>alert('base')</script>/").AbsolutePath;
        var problems = HtmlPages.All(site.Output).SelectMany(p => InjectionScan.Problems(HtmlPages.Load(site.Output, p), basePath)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        new XmlDocument().LoadXml(site.ReadOutput("feed.xml"));
        new XmlDocument().LoadXml(site.ReadOutput("sitemap.xml"));
    }

    private static string Flatten(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => string.Join("\n", element.EnumerateObject().Select(p => Flatten(p.Value))),
        JsonValueKind.Array => string.Join("\n", element.EnumerateArray().Select(Flatten)),
        JsonValueKind.String => element.GetString()!,
        _ => element.ToString(),
    };
}
