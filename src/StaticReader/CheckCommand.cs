using StaticReader.Core.Diagnostics;
using StaticReader.Core.Pipeline;

namespace StaticReader.Cli;

/// <summary>
/// <c>staticreader check [--strict]</c>: builds into a scratch folder and verifies every internal link and
/// anchor, and warns about terms never mentioned and pages nothing links to. <c>output/</c> is not touched.
/// </summary>
public static class CheckCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(string[] args)
    {
        var parsed = Arguments.Parse(args, ["input", "theme"], ["strict", "drafts", "quiet", "help"]);
        if (parsed.Has("help"))
        {
            Console.Out.Write(Usage.Check);
            return CommandLine.Ok;
        }

        var scratch = Path.Combine(Path.GetTempPath(), "staticreader-check-" + Guid.NewGuid().ToString("N")[..12]);
        var options = new BuildOptions(
            InputDir: parsed.Value("input", "input"),
            ThemeDir: parsed.Value("theme") ?? ThemeLocator.Default(),
            OutputDir: scratch,
            IncludeDrafts: parsed.Has("drafts"),
            Check: true);
        if (!Directory.Exists(options.InputDir))
        {
            throw new UsageException($"the input folder '{options.InputDir}' does not exist");
        }

        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var reporter = new BuildReporter(parsed.Has("quiet"), verbose: false);
            var result = SiteBuilder.Build(options, reporter.OnStage);
            var code = reporter.Finish(result, "output", started.Elapsed, "Checked");
            if (code == CommandLine.Ok && parsed.Has("strict") && result.Diagnostics.Any(d => d.Severity == Severity.Warning))
            {
                Console.Error.WriteLine("check --strict: warnings count as errors.");
                return CommandLine.ContentErrors;
            }

            return code;
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }
}
