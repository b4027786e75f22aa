namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>One figure of a page, as a preview of a link to it shows it.</summary>
/// <param name="Id">The figure's id (<c>fig-…</c>).</param>
/// <param name="Number">Its number on the page.</param>
/// <param name="Text">What it shows in words: a chart's title and caption, an image's caption.</param>
public sealed record FigureEntry(string Id, int Number, string Text);
