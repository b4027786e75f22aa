using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// A small valid site (one file per collection) that bad-input tests break. It is built once per test run; each
/// test gets a copy of its input and of that successful build's output, as if it had just built it.
/// </summary>
public static class BaselineSite
{
    private static readonly Lazy<string> Template = new(BuildTemplate);

    /// <summary>Writes the baseline content into <paramref name="site"/>.</summary>
    public static TempSite WriteTo(TempSite site)
    {
        site.Write("site.yml", "title: Baseline\nbaseUrl: https://test.example/\nlanguage: en\n");
        site.Write("pages/about.md", "---\ntitle: About\n---\nAbout this site.\n");
        site.Write("texts/story.md", "---\ntitle: Story\ndate: 2025-06-14\n---\nA story about compute.\n\n## Background\n\nMore text.\n");
        site.Write("glossary/compute.md", "---\ntitle: Compute\nsummary: Processing power.\naliases: [computing]\n---\nThe term.\n");
        site.Write("explainers/why.md", "---\ntitle: Why\n---\nBecause of [[story#background]].\n");
        return site;
    }

    /// <summary>A site with the baseline input and the output of its successful build (built with the repository theme).</summary>
    public static TempSite Built(bool copyTheme = false)
    {
        var site = WriteTo(new TempSite(copyTheme));
        TempSite.CopyDirectory(Path.Combine(Template.Value, "output"), site.Output);
        return site;
    }

    private static string BuildTemplate()
    {
        var site = WriteTo(new TempSite());
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        return site.Root; // left for the OS to clean with the rest of the temp folder
    }
}
