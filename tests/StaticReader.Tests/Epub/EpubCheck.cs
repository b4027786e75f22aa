using System.Diagnostics;

namespace StaticReader.Tests.Epub;

/// <summary>Runs Debian's epubcheck (a Java program; test.sh installs it) on one EPUB and returns its verdict.</summary>
public static class EpubCheck
{
    private static readonly string[] Jars = ["/usr/share/java/epubcheck.jar", "/usr/bin/epubcheck"];

    /// <summary>epubcheck's exit code and its output (messages and the "Messages: n fatals / n errors / n warnings" summary).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string epub)
    {
        var jar = Jars.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("epubcheck is not installed: run ./test.sh, or apt-get install -y epubcheck default-jre-headless");
        // A short-lived JVM: the client compiler alone and serial GC start faster, and epubcheck's result is the same.
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", jar, epub })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
