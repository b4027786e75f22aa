using System.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>The real <c>staticreader</c> process: exit codes and what a writer reads on the terminal.</summary>
public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(string workingDir, params string[] args) => CliProcess.Run(workingDir, args);

    private static (int Code, string Out, string Err) Unused(string workingDir, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "StaticReader.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

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
        Assert.Contains("unknown option", stderr);
    }
}
