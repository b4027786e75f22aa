using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>The real <c>staticreader</c> process: exit codes and what a writer reads on the terminal.</summary>
public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(string workingDir, params string[] args) => CliProcess.Run(workingDir, args);

    [Fact]
    public void Build_succeeds_with_exit_code_0()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nHello.");
        var (code, stdout, _) = Run(site.Root, "build", "--theme", site.Theme);
        Assert.Equal(0, code);
        Assert.Contains("Built", stdout);
        Assert.True(File.Exists(Path.Combine(site.Output, "about", "index.html")));
    }

    [Fact]
    public void Content_error_exits_1_with_file_line_column_and_no_stack_trace()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\nsummary: [broken\n---\nHello.");
        var (code, _, stderr) = Run(site.Root, "build", "--theme", site.Theme);
        Assert.Equal(1, code);
        Assert.Matches(@"input/pages/about\.md:\d+:\d+: error: ", stderr);
        Assert.Contains("hint:", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Usage_error_exits_2()
    {
        using var site = new TempSite();
        var (code, _, stderr) = Run(site.Root, "build", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("Unrecognized command or argument '--no-such-option'", stderr);
        Assert.Contains("staticreader build --help", stderr);
    }

    [Fact]
    public void A_mistyped_command_is_a_usage_error_that_suggests_the_right_one()
    {
        using var site = new TempSite();
        var (code, _, stderr) = Run(site.Root, "buidl");
        Assert.Equal(2, code);
        Assert.Contains("Did you mean one of the following?", stderr);
        Assert.Matches(@"(?m)^build$", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Version_and_help_exit_0_and_a_bare_call_shows_help_as_a_usage_error()
    {
        using var site = new TempSite();
        var (versionCode, version, _) = Run(site.Root, "--version");
        Assert.Equal(0, versionCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
        var (helpCode, help, _) = Run(site.Root, "build", "-h");
        Assert.Equal(0, helpCode);
        Assert.Contains("--base-url", help);
        var (bareCode, _, bare) = Run(site.Root);
        Assert.Equal(2, bareCode);
        Assert.Contains("Commands:", bare);
    }

    [Fact]
    public void Quiet_silences_the_summary_on_every_command_that_prints_one()
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nHello.");
        var (code, stdout, _) = Run(site.Root, "build", "--quiet", "--theme", site.Theme);
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        var (newCode, newOut, _) = Run(site.Root, "new", "term", "Reactor", "--quiet");
        Assert.Equal(0, newCode);
        Assert.Equal("", newOut);
        Assert.True(File.Exists(Path.Combine(site.Input, "glossary", "reactor.md")));
    }
}
