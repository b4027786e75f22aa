using StaticReader.Core.Markdown.Extensions.Annotations;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>Reports the annotation mistakes Markdig would print as text or drop (a reference with no note, a note never referenced, an unclosed highlight).</summary>
public sealed class CheckAnnotations : IPagePass
{
    /// <inheritdoc />
    public string Name => "check annotations";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) =>
        context.HasNotes || context.Body.Contains("==", StringComparison.Ordinal);

    /// <inheritdoc />
    public void Run(PageContext context) => AnnotationChecks.Run(context.Document, context.Page, context.Body, context.Diagnostics);
}
