using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Emit.Epub;

/// <summary>The EPUB edition of one text, built once per site model and read by the text page (its size) and the emitter (its bytes).</summary>
/// <param name="OutputPath">Where it is written, relative to the output folder (<c>texts/&lt;slug&gt;/&lt;slug&gt;.epub</c>).</param>
/// <param name="Url">Its site URL, starting with the base path.</param>
/// <param name="Bytes">The zip container, or empty when <paramref name="Problems"/> holds an error.</param>
/// <param name="Problems">What stopped or troubled the build of this book, reported once by the emitter.</param>
public sealed record EpubBook(string OutputPath, string Url, byte[] Bytes, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when the book was built and can be published.</summary>
    public bool Built => Bytes.Length > 0 && Problems.All(p => p.Severity != Severity.Error);
}
