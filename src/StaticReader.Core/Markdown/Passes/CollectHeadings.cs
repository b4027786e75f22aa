using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>Takes every heading's id as an anchor, and the level-2 and level-3 headings for the table of contents.</summary>
public sealed class CollectHeadings : IPagePass
{
    /// <inheritdoc />
    public string Name => "collect headings";

    /// <inheritdoc />
    public void Run(PageContext context)
    {
        foreach (var heading in Syntax.BlocksOf<HeadingBlock>(context.Document))
        {
            if (heading.GetAttributes().Id is { } id)
            {
                context.Anchors.Add(id);
                if (heading.Level is 2 or 3)
                {
                    context.Headings.Add(new TocHeading(heading.Level, id, PlainText.Of(heading)));
                }
            }
        }
    }
}
