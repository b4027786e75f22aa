using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace StaticReader.Cli;

/// <summary>
/// Adds an "Examples:" section (and the exit codes) to the help System.CommandLine writes, because a writer learns a
/// command fastest from a line to copy.
/// </summary>
public static class CommandExamples
{
    private static readonly Dictionary<Command, string[]> Examples = [];

    /// <summary>Records the examples of <paramref name="command"/> and returns it.</summary>
    public static Command With(this Command command, params string[] examples)
    {
        Examples[command] = examples;
        return command;
    }

    /// <summary>Makes every help option under <paramref name="root"/> print the examples after the default sections.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction action)
            {
                help.Action = new HelpWithExamples(action);
            }
        }
    }

    private sealed class HelpWithExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = inner.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples) && examples.Length > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
                output.WriteLine("Exit codes: 0 done, 1 content errors, 2 usage errors, 70 a bug in StaticReader.");
            }

            return code;
        }
    }
}
