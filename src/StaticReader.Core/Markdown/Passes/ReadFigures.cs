using StaticReader.Core.Markdown.Extensions.Figures;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>
/// Reads every <c>```chart</c> block, marks captioned images as figures and numbers them, and sizes the site's images
/// (see <see cref="FigurePass"/>). Runs before the URL passes, which rebase the image URLs it reads sizes from, and
/// before wikilinks, which show "Figure N" for a figure's id.
/// </summary>
public sealed class ReadFigures : IPagePass
{
    /// <inheritdoc />
    public string Name => "read figures";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) => FigurePass.Applies(context.Body);

    /// <inheritdoc />
    public void Run(PageContext context)
    {
        context.Figures = FigurePass.Run(context.Document, context.Page, context.Index, context.Diagnostics);
        context.Anchors.UnionWith(context.Figures.Numbers.Keys);
    }
}
