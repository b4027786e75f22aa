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

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.Write(Usage.Main);
            return args.Length == 0 ? UsageError : Ok;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "build" => BuildCommand.Run(rest),
                "serve" => ServeCommand.Run(rest),
                "check" => CheckCommand.Run(rest),
                "init" => InitCommand.Run(rest),
                "new" => NewCommand.Run(rest),
                _ => Fail($"unknown command '{args[0]}'"),
            };
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
