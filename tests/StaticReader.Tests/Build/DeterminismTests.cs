using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>Two builds of the same input must give byte-identical trees.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var input = Path.Combine(RepoPaths.Fixture("basic"), "input");
        var first = Path.Combine(Path.GetTempPath(), "sr-det-" + Guid.NewGuid().ToString("N")[..12]);
        var second = first + "-b";
        try
        {
            Assert.True(SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, first)).Published);
            Assert.True(SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, second)).Published);
            var a = TreeSnapshot.Of(first);
            Assert.NotEmpty(a);
            Assert.Equal(a, TreeSnapshot.Of(second));
        }
        finally
        {
            foreach (var dir in new[] { first, second })
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        }
    }

    [Fact]
    public void Rebuilding_into_an_existing_output_replaces_it_completely()
    {
        using var site = new TempSite();
        site.Write("pages/one.md", "---\ntitle: One\n---\nFirst.");
        Assert.True(site.Build().Published);
        Assert.True(File.Exists(Path.Combine(site.Output, "one/index.html")));

        File.Delete(Path.Combine(site.Input, "pages/one.md"));
        site.Write("pages/two.md", "---\ntitle: Two\n---\nSecond.");
        Assert.True(site.Build().Published);
        Assert.False(File.Exists(Path.Combine(site.Output, "one/index.html")), "a deleted page must not survive a rebuild");
        Assert.True(File.Exists(Path.Combine(site.Output, "two/index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output-staging-*"));
    }
}
