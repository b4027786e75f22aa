using Markdig.Helpers;
using Markdig.Parsers;

namespace StaticReader.Core.Markdown.Extensions.NoLink;

/// <summary>Parses <c>{!text!}</c> on one line.</summary>
public sealed class NoLinkParser : InlineParser
{
    /// <summary>Creates the parser, triggered by '{'.</summary>
    public NoLinkParser() => OpeningCharacters = ['{'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '!')
        {
            return false;
        }

        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        var close = text.IndexOf("!}".AsSpan());
        if (close < 2 || text[2..close].IndexOf('\n') >= 0)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new NoLinkInline
        {
            Text = text[2..close].ToString(),
            Span = new Markdig.Syntax.SourceSpan(start, start + close + 1),
            Line = line,
            Column = column,
        };
        slice.Start += close + 2;
        return true;
    }
}
