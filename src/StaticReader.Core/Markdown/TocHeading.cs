namespace StaticReader.Core.Markdown;

/// <summary>One entry of a page's table of contents.</summary>
public sealed record TocHeading(int Level, string Id, string Text);
