namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Marks a paragraph that holds only an image with a title (<c>![alt](/assets/x.png "Caption")</c>): it is written as a
/// numbered figure whose caption is the title. Stored on the paragraph with Markdig's <c>SetData</c>.
/// </summary>
/// <param name="Id">The figure's id: the paragraph's <c>{#fig-id}</c>, else <c>fig-</c> and the caption's first words.</param>
/// <param name="Number">The figure's number on its page.</param>
/// <param name="Caption">The caption: the image's title.</param>
public sealed record ImageFigure(string Id, int Number, string Caption);
