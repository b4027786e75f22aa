using System.CommandLine;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Pipeline;

namespace StaticReader.Cli;

/// <summary>
/// <c>staticreader check [--strict]</c>: builds into a scratch folder and verifies every internal link and
/// anchor, and warns about terms never mentioned and pages nothing links to. <c>output/</c> is not touched.
/// </summary>
public static class CheckCommand
{
    /// <summary>The command's declaration: its options, help and action.</summary>
    public static Command Declare()
    {
        var input = SharedOptions.Input();
        var theme = SharedOptions.Theme();
        var drafts = SharedOptions.Drafts();
        var strict = new Option<bool>("--strict") { Description = "fail on warnings too" };
        var command = new Command("check", "Build the site into a scratch folder (output/ is not touched) and report, as file:line:column, internal links and anchors that lead nowhere (errors), glossary terms never mentioned and pages nothing links to (warnings).")
        {
            strict, input, theme, drafts,
        };
        command.SetAction(result => Run(result.GetValue(input)!, result.GetValue(theme), result.GetValue(drafts), result.GetValue(strict),
            result.GetValue(SharedOptions.Quiet), result.GetValue(SharedOptions.Verbose)));
        return command.With("staticreader check", "staticreader check --strict");
    }

    private static int Run(string inputDir, string? themeDir, bool drafts, bool strict, bool quiet, bool verbose)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "staticreader-check-" + Guid.NewGuid().ToString("N")[..12]);
        var options = new BuildOptions(
            InputDir: inputDir,
            ThemeDir: themeDir ?? ThemeLocator.Default(),
            OutputDir: scratch,
            IncludeDrafts: drafts,
            Check: true);
        if (!Directory.Exists(options.InputDir))
        {
            throw new UsageException($"the input folder '{options.InputDir}' does not exist");
        }

        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var reporter = new BuildReporter(quiet, verbose);
            var result = SiteBuilder.Build(options, reporter.OnStage);
            var code = reporter.Finish(result, "output", started.Elapsed, "Checked");
            if (code == CommandLine.Ok && strict && result.Diagnostics.Any(d => d.Severity == Severity.Warning))
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
