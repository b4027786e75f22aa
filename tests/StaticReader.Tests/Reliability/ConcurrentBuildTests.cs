using System.Diagnostics;
using System.Net.Sockets;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Output;
using StaticReader.Core.Pipeline;
using StaticReader.Core.Emit;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// Two builds into the same output/ at once (a writer's <c>serve</c> rebuilding while they run <c>build</c>): neither may
/// delete the other's staging folder, and output/ must end up as one complete site. Also: a write error in the middle of
/// the parallel writes is a diagnostic, not a crash.
/// </summary>
public sealed class ConcurrentBuildTests
{
    [Fact]
    public async Task A_second_build_does_not_delete_the_staging_folder_of_a_running_one()
    {
        var root = Path.Combine(Path.GetTempPath(), "sr-concurrent-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var input = Path.Combine(root, "input");
            GeneratedSite.Write(input, version: 3, texts: 60, terms: 40, explainers: 30, pages: 20);
            var output = Path.Combine(root, "output");
            var reference = Path.Combine(root, "reference");
            Assert.True(SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, reference)).Published);
            var full = TreeSnapshot.Of(reference);

            // Build A (the CLI) is frozen with SIGSTOP as soon as its staging folder exists; build B publishes a tiny site
            // meanwhile, then A resumes. A must still publish its complete site.
            var start = Cli.StartInfo(root, null, "build", "--input", input, "--theme", RepoPaths.Theme, "--output", output, "--quiet");
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && !Directory.EnumerateDirectories(root, ".output-staging-*").Any() && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(1);
            }

            Assert.False(process.HasExited, "the build ended before its staging folder was seen");
            Signal("STOP", process.Id);
            var staging = Directory.EnumerateDirectories(root, ".output-staging-*").Single();
            var frozen = TreeSnapshot.Of(staging);
            bool other;
            var diagnostics = new DiagnosticBag();
            try
            {
                using (var sink = StagingSink.Open(output, diagnostics)!)
                {
                    PageWriter.WriteText(sink, "index.html", "<!doctype html><title>tiny</title>");
                    other = sink.Publish(output, diagnostics);
                }

                await Task.Delay(300); // time for any deletion B started to reach A's files
                Assert.True(Directory.Exists(staging), "the other build deleted the running build's staging folder");
                Assert.Equal(frozen, TreeSnapshot.Of(staging));
            }
            finally
            {
                Signal("CONT", process.Id);
            }

            await process.WaitForExitAsync();
            Assert.True(other, string.Join("\n", diagnostics.ToSortedList()));
            Assert.True(process.ExitCode == 0, "the running build failed because of the other one:\n" + await stderr);
            Assert.Equal(full, TreeSnapshot.Of(output));
        }
        finally
        {
            TryDelete(root);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_copied_is_a_diagnostic_not_a_crash()
    {
        using var site = BaselineSite.Built();
        var good = TreeSnapshot.Of(site.Output);
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(site.Input, "assets", "editor.sock"))); // opening a socket file fails

        var result = TimedBuild.Run(() => site.Build(), TimeSpan.FromSeconds(30), "a site with a socket in assets/");

        var error = Assert.Single(DiagnosticExpect.WellFormedErrors(result));
        Assert.Contains("cannot write the site", error.Message);
        Assert.Equal(good, TreeSnapshot.Of(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output-staging-*"));
    }

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // a detached rm may still be running in there
        }
    }
}
