using Markdig.Extensions.Footnotes;
using StaticReader.Core.Markdown.Extensions.Annotations;
using StaticReader.Core.Markdown.Extensions.Passages;

namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary>
/// The citations inside annotation notes as mentions of their sources, each pointing at its note (<c>#note-id</c>): notes
/// are not passages, yet a source's "Cited in" must reach the sentence of a note that cites it.
/// </summary>
public static class CitationNotes
{
    /// <summary>The mentions of cited sources in <paramref name="footnotes"/>, in note order.</summary>
    public static IReadOnlyList<Mention> Mentions(IEnumerable<Footnote> footnotes, IReadOnlyList<CitedSource> cited, string ownSlug)
    {
        if (cited.Count == 0)
        {
            return [];
        }

        var keys = cited.Select(c => c.Source.Slug).ToHashSet(StringComparer.Ordinal);
        var notes = new List<Passage>();
        foreach (var footnote in footnotes)
        {
            var id = "note-" + AnnotationIds.Of(footnote);
            foreach (var block in footnote)
            {
                var links = new List<(string Slug, int Start, int Length)>();
                var text = PlainText.Of(block, links);
                links.RemoveAll(l => !keys.Contains(l.Slug));
                if (links.Count > 0)
                {
                    notes.Add(new Passage(block, id, text, links));
                }
            }
        }

        return MentionCollector.Run(notes, ownSlug);
    }
}
