using System.Diagnostics;
using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;
using Xunit.Abstractions;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// SIGKILLs the real CLI at random moments of rebuilds of a 200-page site, 20 times, and checks that output/ is always exactly the
/// complete old site or the complete new one: never a mix, never missing.
/// </summary>
public sealed class CrashAtomicityTests(ITestOutputHelper log)
{
    private const int Kills = 20;

    [Fact]
    public void Killed_builds_leave_the_old_or_the_new_site_never_a_mix()
    {
        var root = Path.Combine(Path.GetTempPath(), "sr-crash-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var inputs = new[] { Path.Combine(root, "input-a"), Path.Combine(root, "input-b") };
            GeneratedSite.Write(inputs[0], version: 1, texts: 80, terms: 50, explainers: 40, pages: 30);
            GeneratedSite.Write(inputs[1], version: 2, texts: 80, terms: 50, explainers: 40, pages: 30);
            var snapshots = inputs.Select((input, i) =>
            {
                var reference = Path.Combine(root, "reference-" + i);
                var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, reference));
                Assert.True(result.Published, string.Join("\n", result.Diagnostics));
                return TreeSnapshot.Of(reference);
            }).ToArray();
            Assert.True(snapshots[0].Count > 200, $"{snapshots[0].Count} files");
            Assert.DoesNotContain(snapshots[0].Keys.Intersect(snapshots[1].Keys), k => k.EndsWith(".html", StringComparison.Ordinal) && snapshots[0][k] == snapshots[1][k]);

            // One full build of the old site through the CLI (output/ does not exist yet), with stage timings.
            var output = Path.Combine(root, "output");
            var clock = Stopwatch.StartNew();
            var first = Cli.Run(root, null, TimeSpan.FromSeconds(120), "build", "--input", inputs[0], "--theme", RepoPaths.Theme, "--output", output, "--verbose");
            var total = clock.Elapsed;
            Assert.True(first.Code == 0, first.Err);
            Assert.Equal(snapshots[0], TreeSnapshot.Of(output));
            var write = ParseStages(first.Out).GetValueOrDefault("write", TimeSpan.FromMilliseconds(200));

            // One unkilled rebuild timed the way the kills are: from its staging folder's appearance to its exit. The write
            // stage alone leaves out the swap and the process's exit, and on a loaded machine (CI runs the browser tests
            // beside this one) the whole tail can take several times the write stage: kills drawn from the write stage
            // alone then all landed before the swap.
            var calibration = Cli.StartInfo(root, null, "build", "--input", inputs[1], "--theme", RepoPaths.Theme, "--output", output, "--quiet");
            var tail = TimeToExitAfterStaging(calibration, root);
            Assert.Equal(snapshots[1], TreeSnapshot.Of(output));
            var window = TimeSpan.FromMilliseconds(Math.Max(write.TotalMilliseconds * 1.5, tail.TotalMilliseconds * 1.3) + 40);
            log.WriteLine($"first build {total.TotalMilliseconds:F0} ms, write stage {write.TotalMilliseconds:F0} ms, staging to exit {tail.TotalMilliseconds:F0} ms: kills within {window.TotalMilliseconds:F0} ms of staging");

            var random = new Random(20250614);
            var current = 1;
            var outcomes = new int[2];
            for (var kill = 0; kill < Kills; kill++)
            {
                var target = 1 - current;
                // Five kills in six wait for this build's staging folder to appear, then strike at a random moment of the
                // write stage or just after it; the rest strike at a random moment from start-up on.
                var duringWrite = kill % 6 != 5;
                var delay = duringWrite
                    ? TimeSpan.FromMilliseconds(random.Next(0, (int)window.TotalMilliseconds))
                    : TimeSpan.FromMilliseconds(random.Next(0, (int)total.TotalMilliseconds));
                var start = Cli.StartInfo(root, null, "build", "--input", inputs[target], "--theme", RepoPaths.Theme, "--output", output, "--quiet");
                var what = KillAfter(start, root, duringWrite, delay);

                var now = TreeSnapshot.Of(output);
                var state = now.SequenceEqual(snapshots[0]) ? 0 : now.SequenceEqual(snapshots[1]) ? 1 : -1;
                Assert.True(state >= 0, $"kill {kill} ({what}) left a mixed or missing output/: {Describe(now, snapshots)}");
                log.WriteLine($"kill {kill,2}: {what} → {(state == current ? "old site" : "new site")}");
                outcomes[state == current ? 0 : 1]++;

                // The calibration is one build's; when the machine gets busier the tail grows, and every kill can land
                // before the swap (or, when it gets quieter, after it). Once three kills have landed on one side and none
                // on the other, each further one moves the window towards the other side.
                if (duringWrite && Math.Min(outcomes[0], outcomes[1]) == 0 && Math.Max(outcomes[0], outcomes[1]) >= 3)
                {
                    window = state == current ? window * 1.5 : window * 0.67;
                }

                current = state;
            }

            Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"the kills never landed on both sides of the swap (old {outcomes[0]}, new {outcomes[1]})");

            // A later successful build publishes and removes every staging and trash folder left by the kills.
            var final = Cli.Run(root, null, TimeSpan.FromSeconds(60), "build", "--input", inputs[1 - current], "--theme", RepoPaths.Theme, "--output", output, "--quiet");
            Assert.True(final.Code == 0, final.Err);
            Assert.Equal(snapshots[1 - current], TreeSnapshot.Of(output));
            var deadline = Stopwatch.StartNew();
            while (Leftovers(root).Count > 0 && deadline.Elapsed < TimeSpan.FromSeconds(15))
            {
                Thread.Sleep(100);
            }

            Assert.Empty(Leftovers(root));
        }
        finally
        {
            TryDelete(root);
        }
    }

    /// <summary>
    /// Starts the build and SIGKILLs it <paramref name="delay"/> after its staging folder appears (or after its start),
    /// then waits for it to end. Returns what happened, for the log.
    /// </summary>
    private static string KillAfter(ProcessStartInfo start, string root, bool afterStaging, TimeSpan delay)
    {
        var before = Staging(root);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var from = "start";
        if (afterStaging)
        {
            while (!process.HasExited && !Staging(root).Except(before).Any() && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(1);
            }

            from = $"staging at {clock.ElapsedMilliseconds} ms";
            clock.Restart();
        }

        var exited = process.WaitForExit(delay);
        if (!exited)
        {
            process.Kill(entireProcessTree: false); // SIGKILL on Unix
        }

        process.WaitForExit();
        return $"{delay.TotalMilliseconds,4:F0} ms after {from}{(exited ? $", finished first (exit {process.ExitCode})" : "")}";
    }

    /// <summary>Runs the build to its end and returns the time from its staging folder's appearance to its exit.</summary>
    private static TimeSpan TimeToExitAfterStaging(ProcessStartInfo start, string root)
    {
        var before = Staging(root);
        using var process = Process.Start(start)!;
        var waited = Stopwatch.StartNew();
        while (!process.HasExited && !Staging(root).Except(before).Any() && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(1);
        }

        var clock = Stopwatch.StartNew();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return clock.Elapsed;
    }

    private static HashSet<string> Staging(string root) =>
        Directory.EnumerateDirectories(root, ".output-staging-*").ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, TimeSpan> ParseStages(string verboseOutput)
    {
        var stages = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var line in verboseOutput.Split('\n'))
        {
            var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3 && parts[2] == "ms" && double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var ms))
            {
                stages[parts[0]] = TimeSpan.FromMilliseconds(ms);
            }
        }

        return stages;
    }

    private static List<string> Leftovers(string root) =>
        Directory.EnumerateFileSystemEntries(root, ".output-*").Select(Path.GetFileName).OfType<string>().ToList(); // folders and their .lock files

    private static string Describe(SortedDictionary<string, string> now, SortedDictionary<string, string>[] snapshots)
    {
        if (now.Count == 0)
        {
            return "output/ is missing or empty";
        }

        var fromOld = now.Count(kv => snapshots[0].TryGetValue(kv.Key, out var h) && h == kv.Value);
        var fromNew = now.Count(kv => snapshots[1].TryGetValue(kv.Key, out var h) && h == kv.Value);
        return $"{now.Count} files, {fromOld} as in the old site, {fromNew} as in the new one";
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // a detached rm may still be deleting a trash folder in there
        }
    }
}
