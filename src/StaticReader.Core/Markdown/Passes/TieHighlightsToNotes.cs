using StaticReader.Core.Markdown.Extensions.Annotations;

namespace StaticReader.Core.Markdown.Passes;

/// <summary>Ties each note to the highlighted words it annotates, so the margin note and its anchor light up together.</summary>
public sealed class TieHighlightsToNotes : IPagePass
{
    /// <inheritdoc />
    public string Name => "tie highlights to notes";

    /// <inheritdoc />
    public bool AppliesTo(PageContext context) => context.HasNotes;

    /// <inheritdoc />
    public void Run(PageContext context)
    {
        foreach (var (note, anchor) in NoteAnchors.Run(context.Document))
        {
            context.NoteAnchors[note] = anchor;
        }
    }
}
