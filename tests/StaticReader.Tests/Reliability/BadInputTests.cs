using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// Every broken input of <see cref="BadInputCases"/>, built in-process after a successful build: the build fails
/// with a positioned, explained diagnostic; output/ is byte-identical to the last good build; nothing else changes.
/// </summary>
public sealed class BadInputTests
{
    [Theory]
    [MemberData(nameof(BadInputCases.Names), MemberType = typeof(BadInputCases))]
    public void Bad_input_fails_clearly_and_keeps_the_last_good_output(string name)
    {
        var @case = BadInputCases.All[name];
        using var site = BaselineSite.Built(@case.CopyTheme);
        var goodOutput = TreeSnapshot.Of(site.Output);

        @case.Arrange(site);
        var around = RootSnapshot.Of(site.Root);
        var result = site.Build();

        var errors = DiagnosticExpect.WellFormedErrors(result);
        DiagnosticExpect.Matches(@case, errors);
        Assert.Equal(goodOutput, TreeSnapshot.Of(site.Output));
        Assert.Equal(around, RootSnapshot.Of(site.Root));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output-staging-*"));
    }

    [Theory]
    [InlineData("texts")]
    [InlineData("glossary")]
    [InlineData("explainers")]
    [InlineData("pages")]
    public void Hostile_slugs_write_nothing_outside_output(string collection)
    {
        using var site = BaselineSite.Built();
        var goodOutput = TreeSnapshot.Of(site.Output);
        var parent = Path.GetDirectoryName(site.Root)!;
        var watched = new[] { Path.Combine(site.Root, "x"), Path.Combine(parent, "x"), Path.Combine(parent, "y"), Path.Combine(parent, "z"), "/x", "/etc/passwd/index.html" };
        var passwd = File.Exists("/etc/passwd") ? File.ReadAllBytes("/etc/passwd") : null;
        var summary = collection == "glossary" ? "summary: S.\n" : "";
        foreach (var slug in BadInputCases.HostileSlugs)
        {
            site.Write($"{collection}/evil.md", $"---\ntitle: Evil\n{summary}slug: \"{slug}\"\n---\nBody\n");
            var around = RootSnapshot.Of(site.Root);

            var result = site.Build();

            var error = Assert.Single(DiagnosticExpect.WellFormedErrors(result));
            Assert.EndsWith($"{collection}/evil.md", error.Path);
            Assert.Contains("slug", error.Message);
            Assert.True(error.Line == (summary.Length > 0 ? 4 : 3), error.ToString());
            Assert.Equal(goodOutput, TreeSnapshot.Of(site.Output));
            Assert.Equal(around, RootSnapshot.Of(site.Root));
            Assert.All(watched, path => Assert.False(Path.Exists(path), path + " was created"));
        }

        if (passwd is not null)
        {
            Assert.Equal(passwd, File.ReadAllBytes("/etc/passwd"));
        }
    }

    [Fact]
    public void Symlink_loop_in_input_is_an_error_not_a_hang()
    {
        using var site = BaselineSite.Built();
        var goodOutput = TreeSnapshot.Of(site.Output);
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "texts", "loop"), Path.Combine(site.Input, "texts"));
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "pages", "up"), site.Input);
        File.CreateSymbolicLink(Path.Combine(site.Input, "pages", "self.md"), Path.Combine(site.Input, "pages", "self.md"));

        var result = TimedBuild.Run(() => site.Build(), TimeSpan.FromSeconds(20), "a site with symbolic link loops");

        var errors = DiagnosticExpect.WellFormedErrors(result);
        Assert.Contains(errors, e => e.Path.EndsWith("texts/loop", StringComparison.Ordinal) && e.Message.Contains("loop"));
        Assert.Contains(errors, e => e.Path.Contains("pages/up", StringComparison.Ordinal) && e.Message.Contains("loop"));
        Assert.Contains(errors, e => e.Path.EndsWith("pages/self.md", StringComparison.Ordinal) && e.Message.Contains("link"));
        Assert.Equal(goodOutput, TreeSnapshot.Of(site.Output));
    }

    [Fact]
    public void Output_path_whose_parent_is_a_file_is_an_error()
    {
        using var site = BaselineSite.WriteTo(new TempSite());
        var blocker = Path.Combine(site.Root, "blocker");
        File.WriteAllText(blocker, "a file where a folder should be");
        var around = RootSnapshot.Of(site.Root);

        var result = SiteBuilderRun(site, Path.Combine(blocker, "output"));

        var error = Assert.Single(DiagnosticExpect.WellFormedErrors(result));
        Assert.EndsWith("blocker/output", error.Path);
        Assert.Contains("cannot write", error.Message);
        Assert.Equal(around, RootSnapshot.Of(site.Root));
    }

    [Fact]
    public void Output_that_cannot_be_written_keeps_the_previous_site()
    {
        // Tests run as root, so permission bits do not stop writes: a page whose output folder is blocked by a
        // file cannot be created inside the staging folder only if the staging folder itself is unwritable. Use a
        // read-only file system path instead when there is one; otherwise, /proc refuses every write even to root.
        using var site = BaselineSite.WriteTo(new TempSite());
        var result = SiteBuilderRun(site, "/proc/staticreader-output");
        var error = Assert.Single(DiagnosticExpect.WellFormedErrors(result));
        Assert.Contains("cannot write", error.Message);
        Assert.False(Directory.Exists("/proc/staticreader-output"));
    }

    private static Core.Pipeline.BuildResult SiteBuilderRun(TempSite site, string output) =>
        Core.Pipeline.SiteBuilder.Build(new Core.Pipeline.BuildOptions(site.Input, site.Theme, output));
}
