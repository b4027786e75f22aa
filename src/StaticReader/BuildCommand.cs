using StaticReader.Core.Pipeline;

namespace StaticReader.Cli;

/// <summary><c>staticreader build</c>: one full build, diagnostics on standard error, a summary on standard output.</summary>
public static class BuildCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(string[] args)
    {
        var parsed = Arguments.Parse(args, ["input", "theme", "output", "base-url"], ["drafts", "quiet", "verbose", "help"]);
        if (parsed.Has("help"))
        {
            Console.Out.Write(Usage.Build);
            return CommandLine.Ok;
        }

        if (parsed.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positional[0]}'");
        }

        var options = new BuildOptions(
            InputDir: parsed.Value("input", "input"),
            ThemeDir: parsed.Value("theme") ?? ThemeLocator.Default(),
            OutputDir: parsed.Value("output", "output"),
            BaseUrl: parsed.Value("base-url"),
            IncludeDrafts: parsed.Has("drafts"));
        if (!Directory.Exists(options.InputDir))
        {
            throw new UsageException($"the input folder '{options.InputDir}' does not exist (pass --input, or run 'staticreader init')");
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var reporter = new BuildReporter(parsed.Has("quiet"), parsed.Has("verbose"));
        var result = SiteBuilder.Build(options, reporter.OnStage);
        return reporter.Finish(result, options.OutputDir, started.Elapsed);
    }
}
