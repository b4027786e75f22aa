using System.Diagnostics;

namespace StaticReader.Tests.Reliability;

/// <summary>Runs the real <c>staticreader</c> CLI (the test output's StaticReader.dll) as a child process.</summary>
public static class Cli
{
    /// <summary>What a finished process left: its exit code and both streams.</summary>
    public sealed record Outcome(int Code, string Out, string Err, TimeSpan Elapsed);

    /// <summary>The start info for <c>dotnet StaticReader.dll args…</c> in <paramref name="workingDir"/>, with extra environment variables.</summary>
    public static ProcessStartInfo StartInfo(string workingDir, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "StaticReader.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs the CLI to completion (killing it after <paramref name="timeout"/>, which fails the caller's assertion on the code).</summary>
    public static Outcome Run(string workingDir, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(StartInfo(workingDir, environment, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill();
            process.WaitForExit();
            return new Outcome(-1, stdout.Result, "timed out after " + timeout + "\n" + stderr.Result, clock.Elapsed);
        }

        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }

    /// <summary>Runs the CLI with a 60 s limit and no extra environment.</summary>
    public static Outcome Run(string workingDir, params string[] args) =>
        Run(workingDir, null, TimeSpan.FromSeconds(60), args);

    /// <summary>No .NET stack trace or unhandled-exception banner reached the writer.</summary>
    public static void AssertNoCrash(Outcome run)
    {
        Assert.DoesNotContain("   at ", run.Err);
        Assert.DoesNotContain("Unhandled exception", run.Err);
        Assert.DoesNotContain("Exception:", run.Err);
        Assert.DoesNotContain("   at ", run.Out);
    }
}
