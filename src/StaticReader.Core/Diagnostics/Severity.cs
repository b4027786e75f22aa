namespace StaticReader.Core.Diagnostics;

/// <summary>How serious a diagnostic is. Errors fail the build; warnings fail it only under <c>--strict</c>.</summary>
public enum Severity
{
    /// <summary>Something a writer may want to fix; the build still succeeds.</summary>
    Warning,

    /// <summary>The site cannot be built correctly; nothing is written.</summary>
    Error,
}
