using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown.Extensions.Quotes;

/// <summary>
/// Recognises a quoted excerpt's attribution: the last paragraph of a block quote when it starts with an
/// em dash ("— Ann Cao and Wency Chen, *South China Morning Post*").
/// </summary>
public static class QuoteAttribution
{
    /// <summary>The attribution paragraph of <paramref name="quote"/>, or null when it has none.</summary>
    public static ParagraphBlock? Find(QuoteBlock quote)
    {
        if (quote.Count < 2 || quote.LastChild is not ParagraphBlock { Inline.FirstChild: LiteralInline first } paragraph)
        {
            return null;
        }

        var text = first.Content.AsSpan().TrimStart();
        return text.StartsWith("\u2014") || text.StartsWith("--") ? paragraph : null;
    }
}
