using StaticReader.Core.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown.Extensions.Annotations;

/// <summary>
/// Ties <c>==highlighted span==[^id]</c> to its note: the highlight gets <c>id="anchor-…"</c> and the class
/// <c>note-anchor</c>, and the note learns the anchor's id (so hovering one can light up the other).
/// </summary>
public static class NoteAnchors
{
    /// <summary>Marks the highlights of <paramref name="document"/>; returns note label → anchor id.</summary>
    public static Dictionary<Footnote, string> Run(MarkdownDocument document)
    {
        var anchors = new Dictionary<Footnote, string>();
        foreach (var link in Syntax.InlinesOf<FootnoteLink>(document))
        {
            if (link.IsBackLink || link.PreviousSibling is not EmphasisInline { DelimiterChar: '=', DelimiterCount: 2 } mark)
            {
                continue;
            }

            var id = "anchor-" + AnnotationIds.Of(link.Footnote);
            if (anchors.TryAdd(link.Footnote, id))
            {
                var attributes = mark.GetAttributes();
                attributes.Id = id;
                attributes.AddClass("note-anchor");
            }
        }

        return anchors;
    }
}
