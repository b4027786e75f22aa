using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>One test per diagnostic of the build: where it points, what it says, and that nothing is published.</summary>
public sealed class DiagnosticsTests
{
    private static Diagnostic SingleError(TempSite site, string pathEnd)
    {
        var result = site.Build();
        Assert.False(result.Published);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        return Assert.Single(errors, d => d.Path.EndsWith(pathEnd, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_yaml_points_at_the_line_and_column_in_the_file()
    {
        using var site = new TempSite();
        site.Write("pages/bad.md", "---\ntitle: Fine\nsummary: [unclosed\n---\nBody");
        var error = SingleError(site, "pages/bad.md");
        Assert.True(error.Line >= 3, error.ToString());
        Assert.Contains("YAML", error.Message);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void Missing_title_is_an_error_with_a_hint()
    {
        using var site = new TempSite();
        site.Write("pages/untitled.md", "---\nsummary: no title here\n---\nBody");
        var error = SingleError(site, "pages/untitled.md");
        Assert.Contains("no 'title'", error.Message);
        Assert.Contains("title:", error.Hint);
        Assert.Equal("input/pages/untitled.md:1:1: error: the front matter has no 'title'",
            error.ToString().Split('\n')[0][error.ToString().IndexOf("input/", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Front_matter_never_closed_is_an_error()
    {
        using var site = new TempSite();
        site.Write("texts/open.md", "---\ntitle: Open\n\nBody without the closing fence");
        var error = SingleError(site, "texts/open.md");
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void Duplicate_slug_across_collections_names_both_files()
    {
        using var site = new TempSite();
        site.Write("texts/smr.md", "---\ntitle: A text\n---\nBody");
        site.Write("glossary/smr.md", "---\ntitle: SMR\nsummary: A reactor.\n---\nBody");
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("slug 'smr' is already used"));
        Assert.Contains("glossary/smr.md", error.Message + error.Path);
        Assert.Contains("texts/smr.md", error.Message + error.Path);
    }

    [Fact]
    public void Unknown_layout_lists_the_available_ones()
    {
        using var site = new TempSite();
        site.Write("pages/odd.md", "---\ntitle: Odd\nlayout: fancy\n---\nBody");
        var error = SingleError(site, "pages/odd.md");
        Assert.Contains("unknown layout 'fancy'", error.Message);
        Assert.Contains("page", error.Hint);
    }

    [Fact]
    public void Layout_syntax_error_names_the_theme_file_and_line()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("pages/a.md", "---\ntitle: A\n---\nBody");
        site.WriteTheme("layouts/page.html", "<h1>{{ page.title }}</h1>\n{{ if page.title }}\n<p>never closed</p>\n");
        var error = SingleError(site, "layouts/page.html");
        Assert.Contains("layout syntax error", error.Message);
        Assert.True(error.Line >= 2, error.ToString());
    }

    [Fact]
    public void Layout_failing_while_rendering_names_the_theme_file_line_and_page()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("pages/a.md", "---\ntitle: A\n---\nBody");
        site.WriteTheme("layouts/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ no_such_function 42 }}</p>\n");
        var error = SingleError(site, "layouts/page.html");
        Assert.Equal(2, error.Line);
        Assert.Contains("pages/a.md", error.Message);
    }

    [Fact]
    public void All_errors_of_a_build_are_reported_not_only_the_first()
    {
        using var site = new TempSite();
        site.Write("pages/one.md", "---\nsummary: x\n---\n");
        site.Write("pages/two.md", "---\ntitle: [\n---\n");
        site.Write("glossary/term.md", "---\ntitle: Term\n---\nNo summary.");
        var result = site.Build();
        Assert.False(result.Published);
        Assert.Equal(3, result.Diagnostics.Count(d => d.Severity == Severity.Error));
    }
}
