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
        var result = SiteBuilder.Build(options);
        CommandLine.Print(parsed.Has("quiet") ? result.Diagnostics.Where(d => d.Severity == Core.Diagnostics.Severity.Error) : result.Diagnostics);
        if (parsed.Has("verbose"))
        {
            foreach (var (stage, elapsed) in result.Stats.Timings)
            {
                Console.Out.WriteLine($"  {stage,-8} {elapsed.TotalMilliseconds,8:F1} ms");
            }
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Core.Diagnostics.Severity.Error);
        if (!result.Published)
        {
            Console.Error.WriteLine($"Build failed with {errors} error(s); {options.OutputDir}/ was left unchanged.");
            return CommandLine.ContentErrors;
        }

        if (!parsed.Has("quiet"))
        {
            Console.Out.WriteLine($"Built {result.Stats.Pages} pages ({result.Stats.Terms} terms), {result.Stats.Files} files into {options.OutputDir}/ in {started.ElapsedMilliseconds} ms.");
        }

        return CommandLine.Ok;
    }
}
