using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>A failed build must leave the previous output exactly as it was.</summary>
public sealed class AtomicOutputTests
{
    [Fact]
    public void Failed_build_leaves_previous_output_untouched()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nHello.");
        Assert.True(site.Build().Published);
        var before = TreeSnapshot.Of(site.Output);
        Assert.NotEmpty(before);

        site.Write("pages/about.md", "---\ntitle: About, changed\n---\nChanged.");
        site.Write("pages/broken.md", "---\ntitle: [oops\n---\n");
        var result = site.Build();

        Assert.False(result.Published);
        Assert.Equal(before, TreeSnapshot.Of(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output-staging-*"));
    }

    [Fact]
    public void Output_path_that_is_a_file_is_an_error()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nHello.");
        File.WriteAllText(site.Output, "not a folder");
        var result = site.Build();
        Assert.False(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("output path is a file"));
        Assert.Equal("not a folder", File.ReadAllText(site.Output));
    }
}
