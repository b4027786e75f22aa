using Markdig.Helpers;
using Markdig.Parsers;

namespace StaticReader.Core.Markdown.Extensions.Passages;

/// <summary>Parses <c>{#id}</c> when nothing but white space follows it in the paragraph.</summary>
public sealed class PassageIdParser : InlineParser
{
    /// <summary>Creates the parser, triggered by '{'.</summary>
    public PassageIdParser() => OpeningCharacters = ['{'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '#')
        {
            return false;
        }

        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        var close = text.IndexOf('}');
        if (close < 3 || !text[(close + 1)..].IsWhiteSpace())
        {
            return false;
        }

        var id = text[2..close];
        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new PassageIdInline
        {
            Id = id.ToString(),
            Span = new Markdig.Syntax.SourceSpan(start, start + close),
            Line = line,
            Column = column,
        };
        slice.Start += close + 1;
        return true;
    }
}
