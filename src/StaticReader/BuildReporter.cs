using StaticReader.Core.Diagnostics;
using StaticReader.Core.Pipeline;

namespace StaticReader.Cli;

/// <summary>
/// What a build prints: stage progress on an interactive terminal (plain lines under CI or when piped,
/// nothing with --quiet), the diagnostics, and a one-line summary.
/// </summary>
public sealed class BuildReporter(bool quiet, bool verbose)
{
    private readonly bool interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
    private long allocatedBefore = GC.GetTotalAllocatedBytes();

    /// <summary>Called after each stage.</summary>
    public void OnStage(string stage, TimeSpan elapsed)
    {
        if (verbose)
        {
            // Bytes allocated per stage next to its time: unlike time, they do not change with the machine's load,
            // so a change that allocates less shows even on a busy machine (the build is GC-bound).
            var allocated = GC.GetTotalAllocatedBytes();
            Console.Out.WriteLine($"  {stage,-8} {elapsed.TotalMilliseconds,8:F1} ms {(allocated - allocatedBefore) / 1048576.0,8:F1} MB allocated");
            allocatedBefore = allocated;
        }
        else if (interactive && !quiet)
        {
            Console.Out.Write($"\r  {stage}…".PadRight(24));
        }
    }

    /// <summary>Prints the diagnostics and the summary; returns the exit code.</summary>
    public int Finish(BuildResult result, string outputDir, TimeSpan elapsed, string verb = "Built")
    {
        if (interactive && !quiet && !verbose)
        {
            Console.Out.Write("\r".PadRight(25) + "\r");
        }

        if (verbose)
        {
            Console.Out.WriteLine($"  gc       {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; " +
                $"{GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB allocated in all, {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused");
        }

        CommandLine.Print(quiet ? result.Diagnostics.Where(d => d.Severity == Severity.Error) : result.Diagnostics);
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        if (result.Published && errors > 0)
        {
            Console.Error.WriteLine($"Check failed with {errors} error(s) and {warnings} warning(s).");
            return CommandLine.ContentErrors;
        }

        if (!result.Published)
        {
            Console.Error.WriteLine($"Build failed with {errors} error(s) and {warnings} warning(s); {outputDir}/ was left unchanged.");
            return CommandLine.ContentErrors;
        }

        if (!quiet)
        {
            var s = result.Stats;
            Console.Out.WriteLine($"{verb} {Count(s.Pages, "page")} ({Count(s.Terms, "term")}, {Count(s.Annotations, "annotation")}, {Count(s.Mentions, "cross-link")}" +
                (s.CheckedLinks > 0 ? $", {Count(s.CheckedLinks, "internal link")} checked" : "") +
                $"){(warnings > 0 ? $" with {warnings} warning(s)" : "")} in {elapsed.TotalMilliseconds:F0} ms.");
        }

        return CommandLine.Ok;
    }

    /// <summary>"1 page", "2 pages": a count with its noun in the right number.</summary>
    public static string Count(int n, string noun) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
