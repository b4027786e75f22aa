using Markdig.Extensions.Footnotes;
using StaticReader.Core.Content;

namespace StaticReader.Core.Markdown.Extensions.Annotations;

/// <summary>The HTML id fragment of a note, derived from its label so links to it stay stable.</summary>
public static class AnnotationIds
{
    /// <summary>The id fragment for a footnote (<c>[^computex]</c> → <c>computex</c>).</summary>
    public static string Of(Footnote footnote)
    {
        var slug = Slugs.FromText(footnote.Label ?? "");
        return slug.Length > 0 ? slug : footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
