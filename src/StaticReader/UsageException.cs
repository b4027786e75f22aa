namespace StaticReader.Cli;

/// <summary>Thrown when the command line is malformed; becomes exit code 2 with the message.</summary>
public sealed class UsageException(string message) : Exception(message);
