using StaticReader.Core.Content;

namespace StaticReader.Core.Loading;

/// <summary>One content file as loaded: the document and its markdown body, kept apart so the body can be let go.</summary>
/// <param name="Document">Where the file is and its front matter.</param>
/// <param name="Body">The markdown after the front matter.</param>
public sealed record LoadedDocument(SourceDocument Document, string Body);
