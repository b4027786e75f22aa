using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticReader.Core.Markdown.Extensions.WikiLinks;

/// <summary>Renders a resolved wikilink as <c>&lt;a class="wikilink" data-preview="slug"&gt;</c>.</summary>
public sealed class HtmlWikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var text = link.ShownText ?? link.Label ?? link.Target;
        if (link.Url is null)
        {
            renderer.WriteEscape(text); // unknown targets are build errors; never emit a dead link
            return;
        }

        renderer.Write("<a class=\"wikilink\" href=\"").WriteEscapeUrl(link.Url).Write('"');
        if (link.TargetSlug is not null)
        {
            renderer.Write(" data-preview=\"").WriteEscape(link.TargetSlug).Write('"');
        }

        renderer.Write('>');
        if (link.Label is { } label && WikiLinkLabel.MayHaveMarkup(label))
        {
            renderer.Write(WikiLinkLabel.Html(label));
        }
        else
        {
            renderer.WriteEscape(text);
        }

        renderer.Write("</a>");
    }
}
