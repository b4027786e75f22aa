using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>A small valid site (one file per collection) that bad-input tests build first, then break.</summary>
public static class BaselineSite
{
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
}
