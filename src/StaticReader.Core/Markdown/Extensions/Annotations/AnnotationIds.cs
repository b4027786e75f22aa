using Markdig.Extensions.Footnotes;
using StaticReader.Core.Content;

namespace StaticReader.Core.Markdown.Extensions.Annotations;

/// <summary>The HTML id fragment of a note, derived from its label so links to it stay stable.</summary>
public static class AnnotationIds
{
    /// <summary>The id fragment for a footnote (<c>[^computex]</c> → <c>computex</c>), as assigned for its page.</summary>
    public static string Of(Footnote footnote)
    {
        if (footnote.GetData(typeof(AnnotationIds)) is string assigned)
        {
            return assigned;
        }

        var slug = Slugs.FromText(footnote.Label ?? "");
        return slug.Length > 0 ? slug : footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Gives every note of a page a distinct id: labels that slug alike ("a-1", "a_1", "a.1") get numeric
    /// suffixes, in document order. Stored on each note, so renderers need no other state.
    /// </summary>
    public static void Assign(IEnumerable<Footnote> footnotes)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var footnote in footnotes)
        {
            var id = Of(footnote);
            for (var n = 2; !taken.Add(id); n++)
            {
                id = Of(footnote) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            footnote.SetData(typeof(AnnotationIds), id);
        }
    }
}
