namespace StaticReader.Tests.Specs;

/// <summary>One example of a spec file: its title, the markdown, the expected HTML (or expected error).</summary>
public sealed record SpecExample(string File, string Title, int Line, string Kind, string Markdown, string Expected)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line} {Title}";
}
