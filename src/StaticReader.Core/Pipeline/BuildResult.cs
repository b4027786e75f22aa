using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Pipeline;

/// <summary>What a build did: its diagnostics, whether the site was published, and what it counted.</summary>
public sealed record BuildResult(bool Published, IReadOnlyList<Diagnostic> Diagnostics, BuildStats Stats)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
