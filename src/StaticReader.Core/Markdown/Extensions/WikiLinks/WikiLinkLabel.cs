using System.Net;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown.Extensions.WikiLinks;

/// <summary>
/// The shown text of <c>[[slug|*scaling* law]]</c> is markdown like the rest of the line: emphasis, strong and code
/// render, as HTML inside the link and as plain text for search, previews and mentions. Links inside a label are only
/// text (a link cannot hold a link); raw HTML stays text, as everywhere in content.
/// </summary>
public static class WikiLinkLabel
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().DisableHtml().Build();

    /// <summary>True when the label has characters that may be markup; others are shown as they are.</summary>
    public static bool MayHaveMarkup(string label) => label.AsSpan().IndexOfAny("*_`~=\\&") >= 0;

    /// <summary>The label as HTML.</summary>
    public static string Html(string label) => Write(label, html: true);

    /// <summary>The label as the text a reader sees.</summary>
    public static string Plain(string label) => Write(label, html: false);

    private static string Write(string label, bool html)
    {
        var document = Markdig.Markdown.Parse(label, Pipeline);
        var builder = new StringBuilder();
        if (document.FirstOrDefault() is LeafBlock { Inline: { } inline })
        {
            Append(inline, builder, html);
        }

        return builder.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder builder, bool html)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(html ? WebUtility.HtmlEncode(literal.Content.ToString()) : literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(html ? "<code>" + WebUtility.HtmlEncode(code.Content) + "</code>" : code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(html ? WebUtility.HtmlEncode(entity.Transcoded.ToString()) : entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case EmphasisInline emphasis:
                var tag = emphasis.DelimiterChar switch
                {
                    '~' => "del",
                    '=' => "mark",
                    _ => emphasis.DelimiterCount >= 2 ? "strong" : "em",
                };
                builder.Append(html ? $"<{tag}>" : "");
                AppendChildren(emphasis, builder, html);
                builder.Append(html ? $"</{tag}>" : "");
                break;
            case ContainerInline container:
                AppendChildren(container, builder, html);
                break;
        }
    }

    private static void AppendChildren(ContainerInline container, StringBuilder builder, bool html)
    {
        foreach (var child in container)
        {
            Append(child, builder, html);
        }
    }
}
