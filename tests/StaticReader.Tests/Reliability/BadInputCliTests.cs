using System.Text.RegularExpressions;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// A representative subset of <see cref="BadInputCases"/> through the real CLI process: exit code 1, a
/// <c>path:line:column: error:</c> line with a hint on standard error, no stack trace, and output/ untouched.
/// </summary>
public sealed class BadInputCliTests
{
    [Theory]
    [InlineData("yaml-unclosed-flow-before-url")]
    [InlineData("control-character-in-text-title")]
    [InlineData("invalid-utf8-in-front-matter")]
    [InlineData("duplicate-slug-across-collections")]
    [InlineData("hostile-slug-00")]
    [InlineData("unknown-wikilink-anchor")]
    [InlineData("theme-fails-while-rendering")]
    public void Cli_exits_1_with_a_located_error_and_keeps_output(string name)
    {
        var @case = BadInputCases.All[name];
        using var site = BaselineSite.Built(@case.CopyTheme);
        var goodOutput = TreeSnapshot.Of(site.Output);
        @case.Arrange(site);

        var run = Cli.Run(site.Root, "build", "--theme", site.Theme);

        Assert.True(run.Code == 1, $"exit code {run.Code}\n{run.Err}");
        var line = @case.Line == BadInputCase.AnyLine ? "[1-9][0-9]*" : @case.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var column = @case.Column > 0 ? @case.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) : "[1-9][0-9]*";
        Assert.Matches(new Regex($"(?m)^[^\\n]*{Regex.Escape(@case.PathEnd)}:{line}:{column}: error: [^\\n]*{Regex.Escape(@case.Message)}", RegexOptions.IgnoreCase), run.Err);
        Assert.Contains("hint:", run.Err);
        Cli.AssertNoCrash(run);
        Assert.Equal(goodOutput, TreeSnapshot.Of(site.Output));
    }

    [Fact]
    public void Cli_output_path_that_is_a_file_exits_1()
    {
        using var site = BaselineSite.WriteTo(new TempSite());
        File.WriteAllText(site.Output, "not a folder");
        var run = Cli.Run(site.Root, "build", "--theme", site.Theme);
        Assert.True(run.Code == 1, $"exit code {run.Code}\n{run.Err}");
        Assert.Contains("output: error: the output path is a file", run.Err);
        Cli.AssertNoCrash(run);
        Assert.Equal("not a folder", File.ReadAllText(site.Output));
    }

    [Fact]
    public void Cli_output_whose_parent_is_a_file_exits_1()
    {
        using var site = BaselineSite.WriteTo(new TempSite());
        File.WriteAllText(Path.Combine(site.Root, "blocker"), "a file");
        var run = Cli.Run(site.Root, "build", "--theme", site.Theme, "--output", "blocker/site");
        Assert.True(run.Code == 1, $"exit code {run.Code}\n{run.Err}");
        Assert.Contains("blocker/site: error: cannot write the site", run.Err);
        Assert.Contains("hint:", run.Err);
        Cli.AssertNoCrash(run);
        Assert.Equal("a file", File.ReadAllText(Path.Combine(site.Root, "blocker")));
    }

    [Fact]
    public void Cli_symlink_loop_exits_1()
    {
        using var site = BaselineSite.WriteTo(new TempSite());
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "texts", "loop"), Path.Combine(site.Input, "texts"));
        var run = Cli.Run(site.Root, "build", "--theme", site.Theme);
        Assert.True(run.Code == 1, $"exit code {run.Code}\n{run.Err}");
        Assert.Contains("input/texts/loop: error: symbolic link loop", run.Err);
        Cli.AssertNoCrash(run);
        Assert.False(Directory.Exists(site.Output));
    }
}
