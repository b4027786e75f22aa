namespace StaticReader.Core.Markdown.Extensions.SiteUrls;

/// <summary>
/// A markdown link or image that points inside the site, kept to be resolved once every page and its anchors are known.
/// </summary>
/// <param name="Written">The URL as the writer wrote it.</param>
/// <param name="SitePath">The path below the site's base path, decoded, without query or fragment (<c>glossary/scale/</c>; empty for the home page).</param>
/// <param name="Fragment">The anchor after '#', decoded, or null.</param>
/// <param name="IsImage">True for <c>![…](…)</c>.</param>
/// <param name="Path">The markdown file.</param>
/// <param name="Line">The line of the link in that file.</param>
/// <param name="Column">The column of the link in that file.</param>
public sealed record UrlReference(string Written, string SitePath, string? Fragment, bool IsImage, string Path, int Line, int Column);
