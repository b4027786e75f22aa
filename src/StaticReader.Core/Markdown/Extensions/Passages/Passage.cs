using Markdig.Syntax;

namespace StaticReader.Core.Markdown.Extensions.Passages;

/// <summary>A top-level block of a page with its stable id and plain text.</summary>
public sealed record Passage(Block Block, string Id, string Text);
