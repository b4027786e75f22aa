using Markdig.Helpers;
using Markdig.Parsers;

namespace StaticReader.Core.Markdown.Extensions.WikiLinks;

/// <summary>Parses <c>[[target#anchor|label]]</c> on one line.</summary>
public sealed class WikiLinkParser : InlineParser
{
    /// <summary>Creates the parser, triggered by '['.</summary>
    public WikiLinkParser() => OpeningCharacters = ['['];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        var close = text.IndexOf("]]".AsSpan());
        if (close < 2)
        {
            return false; // "[]]": not a wikilink; "[[]]" is one, empty, and an error
        }

        var inner = text[2..close];
        if (inner.IndexOfAny('\n', '[') >= 0 || inner.Length > 300)
        {
            return false;
        }

        var body = inner.ToString();
        string? label = null;
        var bar = body.IndexOf('|');
        if (bar >= 0)
        {
            label = body[(bar + 1)..].Trim();
            body = body[..bar];
        }

        string? anchor = null;
        var hash = body.IndexOf('#');
        if (hash >= 0)
        {
            anchor = body[(hash + 1)..].Trim();
            body = body[..hash];
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new WikiLinkInline
        {
            Target = body.Trim(),
            Anchor = string.IsNullOrEmpty(anchor) ? null : anchor,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Span = new Markdig.Syntax.SourceSpan(start, start + close + 1),
            Line = line,
            Column = column,
        };
        slice.Start += close + 2;
        return true;
    }
}
