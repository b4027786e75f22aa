namespace StaticReader.Core.Theme;

/// <summary>A theme file to publish: its fingerprinted output path and its bytes.</summary>
/// <param name="LogicalName">The name layouts ask for, e.g. <c>site.css</c> or <c>js/search.js</c>.</param>
/// <param name="OutputPath">Where it is written, relative to the output folder, with a content hash in its name.</param>
/// <param name="Content">The bytes.</param>
public sealed record ThemeAsset(string LogicalName, string OutputPath, byte[] Content);
