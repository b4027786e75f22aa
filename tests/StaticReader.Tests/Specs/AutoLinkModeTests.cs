using StaticReader.Core.Content;

namespace StaticReader.Tests.Specs;

/// <summary>The <c>autolink</c> setting of site.yml: first mention per section (default), per page, or every mention.</summary>
public sealed class AutoLinkModeTests
{
    private const string Markdown = "AI here. AI again.\n\n## Next\n\nAI once more.";

    private static int Links(AutoLinkMode mode)
    {
        var (html, diagnostics) = SpecTests.Convert(new SpecExample("inline", "modes", 1, "text", Markdown, ""), mode);
        Assert.Empty(diagnostics);
        return html.Split("class=\"term\"").Length - 1;
    }

    [Fact]
    public void First_per_section_links_once_per_section() => Assert.Equal(2, Links(AutoLinkMode.FirstPerSection));

    [Fact]
    public void First_per_page_links_once() => Assert.Equal(1, Links(AutoLinkMode.FirstPerPage));

    [Fact]
    public void All_links_every_mention() => Assert.Equal(3, Links(AutoLinkMode.All));
}
