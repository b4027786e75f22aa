using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>One broken input and the diagnostic it must produce.</summary>
/// <param name="Name">The case's name (the theory's data).</param>
/// <param name="Arrange">Breaks a site that built successfully.</param>
/// <param name="PathEnd">How the diagnostic's path must end (e.g. <c>pages/bad.md</c>).</param>
/// <param name="Line">The expected 1-based line; <see cref="AnyLine"/> for "some line &gt; 0"; 0 for a whole-file diagnostic.</param>
/// <param name="Column">The expected 1-based column, or 0 to leave it unchecked.</param>
/// <param name="Message">A fragment the message must contain.</param>
/// <param name="CopyTheme">True when the case edits the theme (so it needs a private copy).</param>
public sealed record BadInputCase(string Name, Action<TempSite> Arrange, string PathEnd, int Line, int Column, string Message, bool CopyTheme = false)
{
    /// <summary>Marks a case whose line is knowable but not pinned by the test.</summary>
    public const int AnyLine = -1;

    /// <inheritdoc />
    public override string ToString() => Name;
}
