using Markdig.Syntax;

namespace StaticReader.Core.Markdown.Extensions.Passages;

/// <summary>
/// A top-level block of a page with its stable id, its plain text (only its start on a site without search, when the page
/// links to no other page) and the links to pages inside that text.
/// </summary>
public sealed record Passage(Block Block, string Id, string Text, IReadOnlyList<(string Slug, int Start, int Length)> Links);
