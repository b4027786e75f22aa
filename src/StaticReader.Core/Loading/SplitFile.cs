namespace StaticReader.Core.Loading;

/// <summary>A content file cut in two: the YAML between the <c>---</c> lines and the markdown after them.</summary>
/// <param name="Yaml">The front matter text.</param>
/// <param name="YamlLine">The 1-based file line of the first YAML line.</param>
/// <param name="Body">
/// The markdown body as UTF-8, usually a slice of the file's bytes: it is decoded only when it is converted, so the
/// build holds half the bytes until then and the text it converts is let go with the page's syntax tree.
/// </param>
/// <param name="BodyLine">The 1-based file line of the first body line.</param>
public sealed record SplitFile(string Yaml, int YamlLine, ReadOnlyMemory<byte> Body, int BodyLine)
{
    /// <summary>The markdown body as text, decoded on each call.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body.Span);
}
