using Markdig.Extensions.Footnotes;
using StaticReader.Core.Markdown.Extensions.Annotations;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>Gives every annotation its id from its label (<c>[^why]</c> → <c>note-why</c>), before anything links to it.</summary>
public sealed class AssignAnnotationIds : IPagePass
{
    /// <inheritdoc />
    public string Name => "assign annotation ids";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) => context.HasNotes;

    /// <inheritdoc />
    public void Run(PageContext context) => AnnotationIds.Assign(Syntax.BlocksOf<Footnote>(context.Document));
}
