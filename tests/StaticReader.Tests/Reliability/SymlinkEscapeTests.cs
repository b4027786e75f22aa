using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// Symbolic links in input/ that lead outside it: a pull request could add <c>input/assets/env → /proc/self/environ</c>
/// and a CI deploy would publish the build's secrets. Such links are refused; links that stay inside input/ work.
/// </summary>
public sealed class SymlinkEscapeTests
{
    [Theory]
    [InlineData("assets/env", "/proc/self/environ", false)]
    [InlineData("assets/hostname", "/etc/hostname", false)]
    [InlineData("assets/etc", "/etc/ssl", true)]
    [InlineData("pages/secret.md", "/etc/passwd", false)]
    [InlineData("texts", "/tmp", true)]
    public void A_link_out_of_input_is_refused_and_nothing_is_published(string link, string target, bool isDirectory)
    {
        using var site = BaselineSite.Built();
        var good = TreeSnapshot.Of(site.Output);
        var path = Path.Combine(site.Input, link);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (isDirectory)
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }

        var result = TimedBuild.Run(() => site.Build(), TimeSpan.FromSeconds(30), "a site with a link to " + target);

        var errors = DiagnosticExpect.WellFormedErrors(result);
        Assert.Contains(errors, e => e.Path.EndsWith(link, StringComparison.Ordinal) && e.Message.Contains("outside", StringComparison.Ordinal));
        Assert.Equal(good, TreeSnapshot.Of(site.Output));
    }

    [Fact]
    public void A_link_that_leads_out_through_another_link_is_refused()
    {
        using var site = BaselineSite.Built();
        Directory.CreateDirectory(Path.Combine(site.Root, "elsewhere"));
        File.WriteAllText(Path.Combine(site.Root, "elsewhere", "secret.txt"), "secret");
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        // input/shortcut → ../elsewhere is outside every collection, so it is never walked; input/assets/x → ../shortcut/secret.txt
        // looks like a path inside input/ but leads out through that link.
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "shortcut"), "../elsewhere");
        File.CreateSymbolicLink(Path.Combine(site.Input, "assets", "x.txt"), "../shortcut/secret.txt");

        var errors = DiagnosticExpect.WellFormedErrors(site.Build());
        Assert.Contains(errors, e => e.Path.EndsWith("assets/x.txt", StringComparison.Ordinal) && e.Message.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_that_stay_inside_input_work()
    {
        using var site = BaselineSite.Built();
        Directory.CreateDirectory(Path.Combine(site.Input, "assets", "img"));
        File.WriteAllText(Path.Combine(site.Input, "assets", "img", "a.txt"), "shared");
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "assets", "alias"), "img");
        File.CreateSymbolicLink(Path.Combine(site.Input, "pages", "about-link.md"), Path.Combine(site.Input, "texts", "story.md"));

        var result = site.Build();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal("shared", File.ReadAllText(Path.Combine(site.Output, "assets", "alias", "a.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "about-link", "index.html")));
    }
}
