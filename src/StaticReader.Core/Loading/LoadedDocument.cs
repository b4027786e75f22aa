using StaticReader.Core.Content;

namespace StaticReader.Core.Loading;

/// <summary>One content file as loaded: the document and its markdown body, kept apart so the body can be let go.</summary>
/// <param name="Document">Where the file is and its front matter.</param>
/// <param name="Body">The markdown after the front matter, as UTF-8 (see <see cref="SplitFile.Body"/>).</param>
public sealed record LoadedDocument(SourceDocument Document, ReadOnlyMemory<byte> Body)
{
    /// <summary>The markdown body as text, decoded on each call.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body.Span);
}
