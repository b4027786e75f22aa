namespace StaticReader.Core.Markdown.Extensions.WikiLinks;

/// <summary>A link to an anchor of another page (<c>[[slug#anchor]]</c>), checked after all pages are converted.</summary>
public sealed record AnchorReference(string TargetSlug, string Anchor, string Path, int Line, int Column);
