using System.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Cli;

/// <summary>
/// The tool as a user gets it: <c>dotnet pack</c>, <c>dotnet tool install</c> from the package folder, then
/// <c>staticreader init</c> and <c>build</c> with the theme shipped inside the tool (no repository theme).
/// </summary>
public sealed class PackagingTests
{
    [Fact]
    public void Tool_installs_from_its_package_and_builds_a_new_site()
    {
        using var temp = new TempSite();
        var packages = Path.Combine(temp.Root, "packages");
        var tools = Path.Combine(temp.Root, "tools");
        var project = Path.Combine(RepoPaths.Root, "src", "StaticReader", "StaticReader.csproj");

        // A fresh version each run: NuGet caches packages by id and version, and a stale copy would hide a broken pack.
        var version = "0.0.1-test." + Guid.NewGuid().ToString("N")[..8];

        Run("dotnet", temp.Root, "pack", project, "-c", "Release", "-o", packages, "--nologo", "-p:Version=" + version);
        Run("dotnet", temp.Root, "tool", "install", "StaticReader", "--tool-path", tools, "--add-source", packages, "--version", version);
        var staticreader = Path.Combine(tools, "staticreader");

        Run(staticreader, temp.Root, "init", "site");
        var site = Path.Combine(temp.Root, "site");
        var output = Run(staticreader, site, "build");
        Assert.Contains("Built 3 pages", output);
        var home = File.ReadAllText(Path.Combine(site, "output", "index.html"));
        Assert.Contains("<link rel=\"stylesheet\" href=\"/static/site.", home);
    }

    private static string Run(string file, string workingDir, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(4)), $"{file} {string.Join(' ', args)} timed out");
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr}");
        return stdout.Result;
    }
}
