using System.Collections.Concurrent;

namespace StaticReader.Core.Diagnostics;

/// <summary>
/// Collects the diagnostics of one build from any thread. Reading them back gives a stable order
/// (by path, line, column, message) so that parallel stages report deterministically.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> items = new();

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    /// <summary>Adds an error at a position.</summary>
    public void Error(string path, int line, int column, string message, string? hint = null) =>
        items.Add(new Diagnostic(path, line, column, Severity.Error, message, hint));

    /// <summary>Adds a warning at a position.</summary>
    public void Warning(string path, int line, int column, string message, string? hint = null) =>
        items.Add(new Diagnostic(path, line, column, Severity.Warning, message, hint));

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// All diagnostics in a stable order, each once: a file read by two readers (a CSV file that is site data and a
    /// chart's data) reports the same problem at the same place twice, and a writer needs to read it once.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
