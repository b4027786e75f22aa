using System.Diagnostics;

namespace StaticReader.Tests.Support;

/// <summary>Runs the real <c>staticreader</c> command (the built StaticReader.dll) in a folder.</summary>
public static class CliProcess
{
    /// <summary>Runs the command and returns its exit code and outputs.</summary>
    public static (int Code, string Out, string Err) Run(string workingDir, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "StaticReader.dll"));
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
}
