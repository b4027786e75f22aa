namespace StaticReader.Core.Loading;

/// <summary>A content file cut in two: the YAML between the <c>---</c> lines and the markdown after them.</summary>
/// <param name="Yaml">The front matter text.</param>
/// <param name="YamlLine">The 1-based file line of the first YAML line.</param>
/// <param name="Body">The markdown body.</param>
/// <param name="BodyLine">The 1-based file line of the first body line.</param>
public sealed record SplitFile(string Yaml, int YamlLine, string Body, int BodyLine);
