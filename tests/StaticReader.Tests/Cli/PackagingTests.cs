using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Cli;

/// <summary>
/// The tool as a user gets it: <c>dotnet pack</c>, <c>dotnet tool install</c> from the package folder, then
/// <c>staticreader init</c> and <c>build</c> with the theme shipped inside the tool (no repository theme).
/// On linux-x64 the installed tool is the ReadyToRun package (start-up without JIT); every other platform gets the
/// portable package the pointer package also names.
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

        var settings = ReadToolSettings(Path.Combine(packages, $"StaticReader.{version}.nupkg"));
        Assert.Contains("RuntimeIdentifier=\"linux-x64\" Id=\"StaticReader.linux-x64\"", settings);
        Assert.Contains("RuntimeIdentifier=\"any\" Id=\"StaticReader.any\"", settings);
        var installed = Directory.GetFiles(Path.Combine(tools, ".store"), "StaticReader.Core.dll", SearchOption.AllDirectories);
        Assert.NotEmpty(installed);
        if (OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64)
        {
            Assert.All(installed, dll => Assert.True(IsReadyToRun(dll), dll + " is not ReadyToRun"));
        }

        Run(staticreader, temp.Root, "init", "site");
        var site = Path.Combine(temp.Root, "site");
        var output = Run(staticreader, site, "build");
        Assert.Contains("Built 3 pages", output);
        var home = File.ReadAllText(Path.Combine(site, "output", "index.html"));
        Assert.Contains("<link rel=\"stylesheet\" href=\"/static/site.", home);
    }

    private static string ReadToolSettings(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry("tools/any/any/DotnetToolSettings.xml") ?? throw new InvalidDataException(package + " has no tool settings");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    // A ReadyToRun image carries precompiled code, announced by the CLI header's managed native header.
    private static bool IsReadyToRun(string dll)
    {
        using var pe = new PEReader(File.OpenRead(dll));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
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
