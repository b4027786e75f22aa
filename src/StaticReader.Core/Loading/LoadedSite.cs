using StaticReader.Core.Content;

namespace StaticReader.Core.Loading;

/// <summary>The result of the load stage: settings, content documents in a stable order, and asset files to copy.</summary>
public sealed record LoadedSite(SiteConfig Config, IReadOnlyList<SourceDocument> Documents, IReadOnlyList<InputFile> Assets);
