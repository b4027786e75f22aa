using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticReader.Core.Markdown.Extensions.Callouts;

/// <summary>
/// Writes a callout as <c>&lt;div class="callout callout-note" role="note"&gt;</c> with a visible title first: the title
/// says in words what the colour says to sighted readers, and <c>role="note"</c> marks the block as an aside to the prose
/// without adding a landmark (an <c>aside</c> inside <c>main</c> would be one).
/// </summary>
public sealed class HtmlCalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        var kind = block.Kind.ToString().ToLowerInvariant();
        renderer.EnsureLine();
        renderer.Write("<div class=\"callout callout-").WriteEscape(kind).Write("\" role=\"note\">");
        renderer.Write("<p class=\"callout-title\">").WriteEscape(TitleOf(kind)).WriteLine("</p>");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(block);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine("</div>");
    }

    /// <summary>The title shown for a kind: the word in sentence case ("warning" → "Warning").</summary>
    public static string TitleOf(string kind) => kind.Length == 0 ? "Note" : char.ToUpperInvariant(kind[0]) + kind[1..];
}
