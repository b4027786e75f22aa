namespace StaticReader.Core.Rendering;

/// <summary>
/// A generated file ready to write: its path relative to the output folder and its text, or, for large
/// data files such as the search index, a function that streams the bytes (so they never sit in memory
/// as one string).
/// </summary>
public sealed record RenderedFile(string OutputPath, string Content, Action<Stream>? Stream = null)
{
    /// <summary>A file whose bytes are written by <paramref name="write"/>.</summary>
    public static RenderedFile Streamed(string outputPath, Action<Stream> write) => new(outputPath, "", write);
}
