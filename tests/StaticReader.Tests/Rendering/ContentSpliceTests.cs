using Scriban;
using StaticReader.Core.Rendering;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Rendering;

/// <summary>
/// The content is spliced into base's output only when base does nothing with it but print it once; any other use of
/// <c>page.content</c> (or of <c>page</c> whole) gets the content as a string, so the page comes out the same either way.
/// </summary>
public sealed class ContentSpliceTests
{
    private static bool Safe(string shell, params string[] partials) =>
        ContentSplice.IsSafe(Template.Parse(shell), partials.Select(p => Template.Parse(p)));

    [Fact]
    public void A_base_that_prints_the_content_once_at_its_top_level_is_spliced()
    {
        Assert.True(Safe("<title>{{ page.title }}</title>{{ if page.kind == 'home' }}home{{ end }}<main>\n{{ page.content }}\n</main>", "<nav>{{ page.url }}</nav>"));
        Assert.True(Safe(File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "layouts", "base.html")),
            Directory.GetFiles(Path.Combine(RepoPaths.Root, "theme", "layouts", "partials")).Select(File.ReadAllText).ToArray()));
    }

    [Theory]
    [InlineData("{{ page.content | string.upcase }}")] // filtered
    [InlineData("{{ page.content }}{{ page.content }}")] // printed twice
    [InlineData("{{ if page.title }}{{ page.content }}{{ end }}")] // not at the top level
    [InlineData("{{ for i in 1..2 }}{{ page.content }}{{ end }}")] // in a loop
    [InlineData("{{ capture c }}{{ page.content }}{{ end }}{{ c | string.size }}")] // captured
    [InlineData("{{ page.content }}{{ page.content | string.size }}")] // measured as well
    [InlineData("{{ page.content }}{{ page['content'] }}")] // indexed
    [InlineData("{{ page.content }}{{ page | object.keys }}")] // page passed whole
    [InlineData("{{ page.content }}{{ with page }}{{ content }}{{ end }}")] // read through with
    [InlineData("no content at all")]
    public void Any_other_use_of_the_content_in_base_gets_it_as_a_string(string shell) => Assert.False(Safe(shell));

    [Fact]
    public void A_partial_that_uses_the_content_or_page_whole_turns_splicing_off()
    {
        Assert.False(Safe("{{ page.content }}", "{{ page.content | string.size }}"));
        Assert.False(Safe("{{ page.content }}", "{{ include 'x' page }}"));
    }

    /// <summary>A base that measures the content prints the true figure: it got the content, not the marker.</summary>
    [Fact]
    public void A_page_whose_base_measures_its_content_is_built_with_the_real_content()
    {
        using var site = new TempSite(copyTheme: true);
        site.WriteTheme("layouts/base.html", "<main>{{ page.content }}</main><p>{{ page.content | string.size }} characters</p>");
        site.WriteTheme("layouts/text.html", "<article>{{ page.title }}</article>");
        site.Write("texts/t.md", "---\ntitle: Twelve chars\n---\nBody.");

        var result = site.Build();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("texts/t/index.html");
        Assert.Equal("<main><article>Twelve chars</article></main><p>31 characters</p>", html);
    }

    /// <summary>The theme's own base is spliced: the page holds the content where base prints it, and no marker.</summary>
    [Fact]
    public void The_themes_pages_hold_their_content_and_no_marker()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("texts/t.md", "---\ntitle: T\n---\nA body sentence. 中国的算力正在快速增长。");

        var result = site.Build();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("texts/t/index.html");
        Assert.Contains("A body sentence. 中国的算力正在快速增长。", html); // encoded whole across the splice's three parts
        Assert.DoesNotContain(ContentSplice.Marker, html);
        Assert.True(html.IndexOf("<main", StringComparison.Ordinal) < html.IndexOf("A body sentence.", StringComparison.Ordinal));
        Assert.True(html.IndexOf("A body sentence.", StringComparison.Ordinal) < html.IndexOf("</main>", StringComparison.Ordinal));
    }

    /// <summary>A base that returns before it prints the content (a 'ret' above it) gives the page the string path gives.</summary>
    [Fact]
    public void A_base_that_returns_before_the_content_is_rendered_as_without_splicing()
    {
        using var site = new TempSite(copyTheme: true);
        site.WriteTheme("layouts/base.html", "{{ if page.title == 'Stop' }}stopped{{ ret }}{{ end }}<main>{{ page.content }}</main>");
        site.WriteTheme("layouts/text.html", "<article>{{ page.title }}</article>");
        site.Write("texts/stop.md", "---\ntitle: Stop\n---\nBody.");
        site.Write("texts/go.md", "---\ntitle: Go\n---\nBody.");

        var result = site.Build();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal("stopped", site.ReadOutput("texts/stop/index.html"));
        Assert.Equal("<main><article>Go</article></main>", site.ReadOutput("texts/go/index.html"));
    }

    /// <summary>A layout that measures the body prints the true figure: it got the body, not the marker.</summary>
    [Fact]
    public void A_layout_that_measures_the_body_is_given_the_real_body()
    {
        using var site = new TempSite(copyTheme: true);
        site.WriteTheme("layouts/base.html", "<main>{{ page.content }}</main>");
        site.WriteTheme("layouts/text.html", "<article>{{ page.body }}</article><p>{{ page.body | string.size }}</p>");
        site.Write("texts/t.md", "---\ntitle: T\n---\nBody.");

        var result = site.Build();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("texts/t/index.html");
        Assert.DoesNotContain(ContentSplice.BodyMarker, html);
        var body = html["<main><article>".Length..html.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.Contains("Body.", body);
        Assert.EndsWith($"<p>{body.Length}</p></main>", html);
    }

    /// <summary>The body is spliced into the layout's output where it prints it, bytes as they are, Chinese included.</summary>
    [Fact]
    public void A_layout_that_prints_the_body_once_gets_it_spliced_in_place()
    {
        using var site = new TempSite(copyTheme: true);
        site.WriteTheme("layouts/base.html", "<main>{{ page.content }}</main>");
        site.WriteTheme("layouts/text.html", "<h1>{{ page.title }}</h1>\n{{ page.body }}\n<footer>{{ page.reading_minutes }}</footer>");
        site.Write("texts/t.md", "---\ntitle: T\n---\n中国的算力 *grows*.");

        var result = site.Build();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("texts/t/index.html");
        Assert.StartsWith("<main><h1>T</h1>\n<div class=\"passage\"", html);
        Assert.Contains("中国的算力 <em>grows</em>.", html);
        Assert.EndsWith("</div>\n\n<footer>1</footer></main>", html);
    }

    [Fact]
    public void Only_literal_includes_of_partials_let_the_body_be_spliced()
    {
        Assert.True(ContentSplice.IncludesOnlyPartials(Template.Parse("{{ include 'partials/toc.html' }}{{ page.body }}")));
        Assert.False(ContentSplice.IncludesOnlyPartials(Template.Parse("{{ include 'text.html' }}"))); // another layout
        Assert.False(ContentSplice.IncludesOnlyPartials(Template.Parse("{{ include page.partial }}"))); // a computed name
        Assert.False(ContentSplice.IncludesOnlyPartials(Template.Parse("{{ 'partials/x.html' | include }}"))); // piped
    }

    [Fact]
    public void A_body_read_by_a_partial_is_not_spliced()
    {
        var layout = Template.Parse("{{ page.body }}{{ include 'partials/x.html' }}");
        Assert.True(ContentSplice.IsSafe(layout, [Template.Parse("{{ page.title }}")], "body"));
        Assert.False(ContentSplice.IsSafe(layout, [Template.Parse("{{ page.body | string.size }}")], "body"));
        Assert.False(ContentSplice.IsSafe(layout, [Template.Parse("{{ include 'partials/y.html' page }}")], "body"));
    }
}
