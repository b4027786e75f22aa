using System.CommandLine;
using StaticReader.Core.Pipeline;

namespace StaticReader.Cli;

/// <summary><c>staticreader build</c>: one full build, diagnostics on standard error, a summary on standard output.</summary>
public static class BuildCommand
{
    /// <summary>The command's declaration: its options, help and action.</summary>
    public static Command Declare()
    {
        var input = SharedOptions.Input();
        var theme = SharedOptions.Theme();
        var output = new Option<string>("--output") { Description = "where to publish", HelpName = "DIR", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "override baseUrl of site.yml (e.g. a preview deploy's URL)", HelpName = "URL" };
        var drafts = SharedOptions.Drafts();
        var command = new Command("build", "Build the site. The new site replaces output/ only when the build has no errors; otherwise output/ is left exactly as it was.")
        {
            input, theme, output, baseUrl, drafts,
        };
        command.SetAction(result => Run(new BuildOptions(
                InputDir: result.GetValue(input)!,
                ThemeDir: result.GetValue(theme) ?? ThemeLocator.Default(),
                OutputDir: result.GetValue(output)!,
                BaseUrl: result.GetValue(baseUrl),
                IncludeDrafts: result.GetValue(drafts)),
            result.GetValue(SharedOptions.Quiet), result.GetValue(SharedOptions.Verbose)));
        return command.With(
            "staticreader build",
            "staticreader build --output public --base-url https://example.org/",
            "staticreader build --drafts --verbose");
    }

    private static int Run(BuildOptions options, bool quiet, bool verbose)
    {
        if (!Directory.Exists(options.InputDir))
        {
            throw new UsageException($"the input folder '{options.InputDir}' does not exist (pass --input, or run 'staticreader init')");
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var reporter = new BuildReporter(quiet, verbose);
        var result = SiteBuilder.Build(options, reporter.OnStage);
        return reporter.Finish(result, options.OutputDir, started.Elapsed);
    }
}
