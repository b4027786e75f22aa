using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// The layouts' include writes the partial straight into the page (see DirectInclude): what it prints, its arguments,
/// its variables and its recursion limit behave as Scriban's own include.
/// </summary>
public sealed class IncludeTests
{
    /// <summary>A site of one text whose layout is <paramref name="textLayout"/>, with one partial.</summary>
    private static TempSite TextSite(string partialPath, string partial, string textLayout)
    {
        var site = new TempSite(copyTheme: true);
        site.WriteTheme(partialPath, partial);
        site.WriteTheme("layouts/text.html", textLayout);
        site.Write("texts/t.md", "---\ntitle: T\n---\nBody.");
        return site;
    }

    [Fact]
    public void A_partial_prints_in_place_with_its_arguments_and_the_callers_variables()
    {
        using var site = TextSite("layouts/partials/label.html", "[{{ $1 }}:{{ who }}]",
            "<p>{{ who = 'a'; include 'partials/label.html' 'one' }} then {{ who = 'b'; include 'partials/label.html' 'two' }}.</p>{{ for i in 1..3 }}{{ include 'partials/label.html' i }}{{ end }}");

        var result = site.Build();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p>[one:a] then [two:b].</p>[1:b][2:b][3:b]", site.ReadOutput("texts/t/index.html"));
    }

    [Fact]
    public void A_partial_that_includes_itself_is_an_error_at_the_partial()
    {
        using var site = TextSite("layouts/partials/loop.html", "x{{ include 'partials/loop.html' }}", "{{ include 'partials/loop.html' }}");

        var result = site.Build();

        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == StaticReader.Core.Diagnostics.Severity.Error);
        Assert.EndsWith("loop.html", error.Path);
        Assert.Contains("layout failed while rendering", error.Message);
    }
}
