using System.CommandLine;
using System.CommandLine.Invocation;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Cli;

/// <summary>Entry point of the <c>staticreader</c> command: picks the sub-command and maps outcomes to exit codes.</summary>
public static class CommandLine
{
    /// <summary>Exit code of a successful command.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when the content has errors.</summary>
    public const int ContentErrors = 1;

    /// <summary>Exit code when the command line itself is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of a bug in StaticReader itself (an exception nothing else handled).</summary>
    public const int InternalError = 70;

    /// <summary>
    /// The command tree: one declaration per command gives its parsing, <c>--help</c>, validation, "did you mean" for a
    /// mistyped command or option, and shell completion (System.CommandLine's <c>[suggest]</c> directive); the root adds
    /// <c>--version</c>.
    /// </summary>
    public static RootCommand Declare()
    {
        var root = new RootCommand("staticreader: build annotated readers, glossaries and explainers from markdown.")
        {
            BuildCommand.Declare(),
            ServeCommand.Declare(),
            CheckCommand.Declare(),
            InitCommand.Declare(),
            NewCommand.Declare(),
            SharedOptions.Quiet,
            SharedOptions.Verbose,
        };
        CommandExamples.Install(root);
        root.With("staticreader init my-reader", "staticreader build", "staticreader serve", "staticreader new term \"Small modular reactor\"");
        return root;
    }

    /// <summary>The version <c>--version</c> prints: the informational version, as System.CommandLine prints it.</summary>
    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            is [System.Reflection.AssemblyInformationalVersionAttribute attribute, ..] ? attribute.InformationalVersion : "";

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        // `staticreader --version` alone is answered before the command tree is built: it is what scripts and tool
        // managers run to probe the tool, and the tree (every command, option and example) is most of its time.
        if (args is ["--version"])
        {
            Console.Out.WriteLine(Version);
            return Ok;
        }

        var parsed = Declare().Parse(args);
        var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        // Errors decide the action unless help or the version was asked for ('new --help' lacks its arguments, yet is fine).
        if (parsed.Action is ParseErrorAction errors)
        {
            errors.ShowHelp = args.Length == 0; // bare 'staticreader': show what there is, still as a usage error
            errors.ShowTypoCorrections = true;

            invocation.Output = Console.Error;
            parsed.Invoke(invocation);
            var command = parsed.CommandResult.Command is RootCommand ? "" : parsed.CommandResult.Command.Name + " ";
            Console.Error.WriteLine($"Run 'staticreader {command}--help' for usage.");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(invocation);
        }
        catch (UsageException ex)
        {
            return Fail(ex.Message);
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("STATICREADER_DEBUG") is null or "" or "0")
        {
            // Last resort: a writer should read what happened and that nothing was lost, not a stack trace. Builds
            // write into a staging folder, so output/ is still the last good site.
            Console.Error.WriteLine($"staticreader: internal error: {ex.GetType().Name}: {ex.Message}");
            Console.Error.WriteLine("This is a bug in StaticReader, not in your content; output/ was left as it was.");
            Console.Error.WriteLine("Run again with STATICREADER_DEBUG=1 to see the stack trace, and please report it.");
            return InternalError;
        }
    }

    /// <summary>Prints diagnostics to standard error, errors and warnings alike.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"staticreader: {message}");
        Console.Error.WriteLine("Run 'staticreader --help' for usage.");
        return UsageError;
    }
}
