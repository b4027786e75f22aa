using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary>
/// Parses Pandoc's bracketed citations on one line: <c>[@key]</c>, <c>[-@key]</c>, <c>[@key, p. 12]</c> and
/// <c>[@a; @b, ch. 2]</c>. A bracket that does not hold only such items is left to the other parsers, so
/// <c>[see ann@example.com]</c>, links and footnotes are untouched; <c>\[@key]</c> is escaped text by CommonMark's rules.
/// </summary>
public sealed partial class CitationParser : InlineParser
{
    private const int MaxLength = 500;

    /// <summary>Creates the parser, triggered by '['.</summary>
    public CitationParser() => OpeningCharacters = ['['];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var next = slice.PeekChar();
        if (next != '@' && !(next == '-' && slice.PeekChar(2) == '@'))
        {
            return false;
        }

        var text = slice.Text.AsSpan(slice.Start, Math.Min(slice.Length, MaxLength));
        var close = text[1..].IndexOfAny('[', ']', '\n') + 1;
        if (close < 1 || text[close] != ']' || close + 1 < slice.Length && slice.PeekChar(close + 1) is '(' or '[')
        {
            return false; // unclosed, nested, spanning lines, or the text of a link
        }

        var inner = text[1..close].ToString();
        var items = new List<CitationItem>();
        var offset = 1;
        foreach (var part in inner.Split(';'))
        {
            var match = Item().Match(part);
            if (!match.Success)
            {
                return false;
            }

            var locator = match.Groups["locator"].Success ? match.Groups["locator"].Value.Trim() : null;
            items.Add(new CitationItem(match.Groups["key"].Value, string.IsNullOrEmpty(locator) ? null : locator,
                match.Groups["minus"].Success, offset + match.Groups["at"].Index));
            offset += part.Length + 1;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Source = text[..(close + 1)].ToString(),
            Items = items,
            Span = new Markdig.Syntax.SourceSpan(start, start + close),
            Line = line,
            Column = column,
        };
        slice.Start += close + 1;
        return true;
    }

    /// <summary>One item: optional '-', '@', a key (letters, digits and inner punctuation, as Pandoc's), an optional ", locator".</summary>
    [GeneratedRegex(@"^\s*(?<at>(?<minus>-)?@)(?<key>[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?)\s*(?:,(?<locator>[^@]*))?$")]
    private static partial Regex Item();
}
