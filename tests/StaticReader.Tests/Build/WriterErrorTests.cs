using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// The errors a writer reads: one mistake gives one error, at its cause, with a hint that fits this site
/// (issue 15, items 8 to 10).
/// </summary>
public sealed class WriterErrorTests
{
    private static List<Diagnostic> Errors(TempSite site, bool drafts = false)
    {
        var result = site.Build(drafts);
        Assert.False(result.Published);
        return result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    private static string Relative(string path) => path[path.IndexOf("input/", StringComparison.Ordinal)..];

    [Fact]
    public void Bad_yaml_in_a_term_is_one_error_and_links_to_it_are_not_reported_again()
    {
        using var site = new TempSite();
        site.Write("glossary/scale.md", "---\ntitle: Scale\nsummary: [oops\n---\nBody");
        site.Write("texts/a.md", "---\ntitle: A\n---\nSee [[scale]].");
        site.Write("texts/b.md", "---\ntitle: B\n---\nAnd [[Scale]].");
        var error = Assert.Single(Errors(site));
        Assert.Equal("input/glossary/scale.md", Relative(error.Path));
    }

    [Fact]
    public void An_unclosed_if_in_a_layout_is_one_error_at_the_if()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("texts/a.md", "---\ntitle: A\n---\nOne.");
        site.Write("texts/b.md", "---\ntitle: B\n---\nTwo.");
        var layout = Path.Combine(site.Theme, "layouts", "text.html");
        var lines = File.ReadAllLines(layout).ToList();
        lines.Insert(3, "<p>{{ if page.title }}open</p>");
        File.WriteAllLines(layout, lines);

        var error = Assert.Single(Errors(site));
        Assert.EndsWith("theme/layouts/text.html", error.Path);
        Assert.Equal((4, 7), (error.Line, error.Column));
        Assert.Equal("layout syntax error: this '{{ if }}' block is never closed", error.Message);
        Assert.DoesNotContain("unknown layout", string.Join("\n", Errors(site)));
    }

    [Fact]
    public void A_collection_without_its_layout_is_one_error_not_one_per_page()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: T\ncollections:\n  interviews: {}\n");
        site.Write("interviews/ann.md", "---\ntitle: Ann\n---\nText.");
        site.Write("interviews/bo.md", "---\ntitle: Bo\n---\nText.");
        var error = Assert.Single(Errors(site));
        Assert.Equal("unknown layout 'interview': the collection 'interviews' renders its 2 page(s) with it, and the theme has no such layout", error.Message);
        Assert.Contains("input/layouts/interview.html", error.Hint);
    }

    [Fact]
    public void A_mistyped_anchor_of_a_wikilink_suggests_the_anchor()
    {
        using var site = new TempSite();
        site.Write("glossary/scale.md", "---\ntitle: Scale\nsummary: Size.\n---\n## Laws\n\nThey hold.");
        site.Write("texts/a.md", "---\ntitle: A\n---\nSee [[scale#law]].");
        var error = Assert.Single(Errors(site));
        Assert.Equal("did you mean [[scale#laws]]?", error.Hint);
    }

    [Fact]
    public void An_unclosed_for_in_a_partial_is_one_error_at_the_partial()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("texts/a.md", "---\ntitle: A\n---\nOne.");
        File.AppendAllText(Path.Combine(site.Theme, "layouts", "partials", "footer.html"), "{{ for x in [1, 2] }}\n<p>{{ x }}</p>\n");
        var error = Assert.Single(Errors(site));
        Assert.EndsWith("theme/layouts/partials/footer.html", error.Path);
        Assert.Contains("'{{ for }}' block is never closed", error.Message);
    }

    [Fact]
    public void A_missing_include_is_one_error_naming_its_folder()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("texts/a.md", "---\ntitle: A\n---\nOne.");
        site.Write("texts/b.md", "---\ntitle: B\n---\nTwo.");
        var layout = Path.Combine(site.Theme, "layouts", "text.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("partials/toc.html", "partials/tocs.html"));
        var error = Assert.Single(Errors(site));
        Assert.Contains("the include 'partials/tocs.html' does not exist: there is no ", error.Message);
        Assert.Contains("theme/layouts/partials/tocs.html", error.Message);
        Assert.Contains("layouts/partials/", error.Hint);
    }

    [Fact]
    public void A_mistyped_wikilink_suggests_the_page_it_meant()
    {
        using var site = new TempSite();
        site.Write("explainers/first-explainer.md", "---\ntitle: First explainer\n---\nBody.");
        site.Write("texts/a.md", "---\ntitle: A\n---\nSee [[first-explaner]].");
        var error = Assert.Single(Errors(site));
        Assert.Equal("unknown wikilink target 'first-explaner'", error.Message);
        Assert.Equal("did you mean [[first-explainer]]?", error.Hint);
    }

    [Fact]
    public void An_unknown_wikilink_hint_names_a_page_of_this_site_not_the_demo()
    {
        using var site = new TempSite();
        site.Write("glossary/latency.md", "---\ntitle: Latency\nsummary: Delay.\n---\nBody.");
        site.Write("texts/a.md", "---\ntitle: A\n---\nSee [[nothing-like-it]].");
        var error = Assert.Single(Errors(site));
        Assert.DoesNotContain("smr", error.Hint);
        Assert.Contains("[[latency]]", error.Hint);
    }

    [Fact]
    public void A_link_to_a_draft_says_it_is_a_draft_and_how_to_build_drafts()
    {
        using var site = new TempSite();
        site.Write("explainers/later.md", "---\ntitle: Later\ndraft: true\n---\nBody.");
        site.Write("texts/a.md", "---\ntitle: A\n---\nSee [[later]].");
        var error = Assert.Single(Errors(site));
        Assert.Contains("is a draft", error.Message);
        Assert.Contains("explainers/later.md has draft: true", error.Message);
        Assert.Contains("--drafts", error.Hint);
        Assert.True(site.Build(drafts: true).Published);
    }

    [Fact]
    public void An_empty_wikilink_is_an_error()
    {
        using var site = new TempSite();
        site.Write("texts/a.md", "---\ntitle: A\n---\nSee [[]] here.");
        var error = Assert.Single(Errors(site));
        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.Equal("an empty wikilink '[[]]' links to nothing", error.Message);
    }

    [Fact]
    public void An_unclosed_quote_in_a_title_gets_a_hint_about_quotes()
    {
        using var site = new TempSite();
        site.Write("texts/a.md", "---\ntitle: \"Unclosed\nsummary: s\n---\nBody.");
        var error = Assert.Single(Errors(site));
        Assert.Contains("quote", error.Hint);
        Assert.DoesNotContain("colon", error.Hint);
    }

    [Fact]
    public void Markdown_in_a_misspelled_folder_is_a_warning_naming_the_folder_it_meant()
    {
        using var site = new TempSite();
        site.Write("glosary/latency.md", "---\ntitle: Latency\nsummary: Delay.\n---\nBody.");
        var result = site.Build();
        Assert.True(result.Published);
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("input/glosary/latency.md", Relative(warning.Path));
        Assert.Equal("'glosary/' is not a folder the site reads, so its markdown file is ignored", warning.Message);
        Assert.StartsWith("did you mean glossary/?", warning.Hint);
    }
}
