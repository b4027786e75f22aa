namespace StaticReader.Cli;

/// <summary>Entry point of the <c>staticreader</c> command.</summary>
public static class CommandLine
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args) => 0;
}
