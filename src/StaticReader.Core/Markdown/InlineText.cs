using System.Text;
using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown;

/// <summary>The plain text of an inline tree (for headings in a table of contents, search and context sentences).</summary>
public static class InlineText
{
    /// <summary>Concatenates the literal text under <paramref name="inline"/>.</summary>
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString();
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
