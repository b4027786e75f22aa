using StaticReader.Core.Markdown.Extensions.Passages;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>
/// Gives every paragraph-like block its passage id (explicit <c>{#id}</c> or derived), avoiding the anchors taken so
/// far. Passages' plain text is kept only when something reads it: search, or backlinks from a page that links.
/// </summary>
public sealed class AssignPassages : IPagePass
{
    /// <inheritdoc />
    public string Name => "assign passage ids";

    /// <inheritdoc />
    public void Run(PageContext context) =>
        context.Passages.AddRange(PassageAssigner.Run(context.Document, context.Page, context.Anchors, context.Body.Contains("{#", StringComparison.Ordinal),
            context.Diagnostics, wholeText: context.Index.Config.Search || context.LinksToPages));
}
