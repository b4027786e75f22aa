using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>The theme's CSS and JavaScript are published minified; a file the minifier cannot read is published as written, with a warning.</summary>
public sealed class AssetMinificationTests
{
    [Fact]
    public void Css_and_javascript_are_published_minified_and_still_hold_their_rules()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("texts/t.md", "---\ntitle: T\n---\nText.");
        var result = site.Build();
        Assert.True(result.Published);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("minified", StringComparison.Ordinal));

        var css = Directory.GetFiles(Path.Combine(site.Output, "static"), "site.*.css").Single();
        var cssSource = string.Concat(Directory.GetFiles(Path.Combine(site.Theme, "assets", "css"), "*.css").Select(File.ReadAllText));
        var published = File.ReadAllText(css);
        Assert.True(published.Length < cssSource.Length * 0.85, $"site.css is {published.Length} bytes from {cssSource.Length}");
        Assert.DoesNotContain("/*", published);
        Assert.Contains(".site-tools{", published);

        var reader = Directory.GetFiles(Path.Combine(site.Output, "static", "js"), "reader.*.js").Single();
        var readerSource = File.ReadAllText(Path.Combine(site.Theme, "assets", "js", "reader.js"));
        Assert.True(new FileInfo(reader).Length < readerSource.Length * 0.8, "reader.js is not minified");
    }

    [Fact]
    public void A_script_the_minifier_cannot_read_is_published_as_written_with_a_located_warning()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("texts/t.md", "---\ntitle: T\n---\nText.");
        var broken = "// a theme script with a typo\nfunction ok() { return 1; }\nvar total = 1 +* 2;\n";
        site.WriteTheme("assets/js/extra.js", broken);
        var result = site.Build();

        Assert.True(result.Published, "a minifier problem is a warning, not an error");
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("could not be minified", StringComparison.Ordinal));
        Assert.EndsWith("assets/js/extra.js", warning.Path);
        Assert.Equal(3, warning.Line);
        var published = Directory.GetFiles(Path.Combine(site.Output, "static", "js"), "extra.*.js").Single();
        Assert.Equal(broken, File.ReadAllText(published));
    }
}
