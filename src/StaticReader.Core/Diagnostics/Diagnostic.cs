namespace StaticReader.Core.Diagnostics;

/// <summary>
/// One finding about the input, as data: where it is, how bad it is, what is wrong and how to fix it.
/// Lines and columns are 1-based; 0 means "the whole file".
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message, string? Hint = null)
{
    /// <summary>Formats the diagnostic the way compilers do: <c>path:line:column: error: message</c>, then the hint.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var location = Line > 0 ? $"{Path}:{Line}:{Math.Max(Column, 1)}" : Path;
        return Hint is null
            ? $"{location}: {severity}: {Message}"
            : $"{location}: {severity}: {Message}\n    hint: {Hint}";
    }
}
