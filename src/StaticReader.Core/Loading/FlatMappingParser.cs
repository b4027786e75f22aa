using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticReader.Core.Loading;

/// <summary>
/// The parsing events of the YAML that front matter nearly always is: one <c>key: value</c> per line, each value a
/// plain, single-quoted or double-quoted scalar, or a <c>[a, b]</c> list of them, that ends on its line, with whole-line
/// comments and blank lines between. <see cref="TryParse"/> makes them from the text directly, with the values, styles and
/// positions YamlDotNet's parser gives them: that parser scans the text one character at a time, and was most of the
/// time a build spent loading pages. Whatever else YAML allows (nesting, block lists, most escapes, comments after a
/// value, tabs, a repeated key, a plain value with a character that needs a closer look) is refused, and YamlDotNet
/// reads it, errors and all.
/// </summary>
internal sealed class FlatMappingParser : IParser
{
    // Characters that may not start a plain scalar (YAML's indicators), and space.
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@` ";

    private readonly List<ParsingEvent> events;
    private int next;

    private FlatMappingParser(List<ParsingEvent> events) => this.events = events;

    /// <inheritdoc />
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        Current = next < events.Count ? events[next++] : null;
        return Current is not null;
    }

    /// <summary>The events of <paramref name="yaml"/>, or null when it is not a flat mapping of one-line values.</summary>
    public static FlatMappingParser? TryParse(string yaml)
    {
        if (yaml.Length == 0 || yaml[^1] != '\n')
        {
            return null;
        }

        // The stream starts at the top; the document and its mapping at the first key, after any comment above it: their
        // places are kept at the head of the list and filled once that key is found.
        var origin = new Mark(0, 1, 1);
        var events = new List<ParsingEvent> { new StreamStart(origin, origin), null!, null! };
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Mark? first = null;
        var line = 1;
        for (var start = 0; start < yaml.Length; line++)
        {
            var end = yaml.IndexOf('\n', start);
            if (end > start && yaml[start] != '#')
            {
                first ??= new Mark(start, line, 1);
                if (!new LineReader(yaml, start, end, line).TryReadField(keys, events))
                {
                    return null;
                }
            }

            start = end + 1;
        }

        if (first is not { } at)
        {
            return null; // no field at all: YamlDotNet decides what an empty block is
        }

        events[1] = new DocumentStart(null, null, true, at, at);
        events[2] = new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, at, at);
        var close = new Mark(yaml.Length, line, 1);
        events.Add(new MappingEnd(close, close));
        events.Add(new DocumentEnd(true, close, close));
        events.Add(new StreamEnd(close, close));
        return new FlatMappingParser(events);
    }

    /// <summary>Reads one line, <c>yaml[start..end]</c>, of the block that starts on line 1.</summary>
    private ref struct LineReader
    {
        private readonly string yaml;
        private readonly int start;
        private readonly int end;
        private readonly int line;
        private int position;

        public LineReader(string yaml, int start, int end, int line)
        {
            (this.yaml, this.start, this.end, this.line) = (yaml, start, end, line);
            position = start;
        }

        private readonly Mark MarkAt(int index) => new(index, line, index - start + 1);

        /// <summary>Adds the key's and the value's events; false when the line is not <c>key: value</c> as this parser reads it.</summary>
        public bool TryReadField(HashSet<string> keys, List<ParsingEvent> events)
        {
            while (position < end && (char.IsAsciiLetterOrDigit(yaml[position]) || yaml[position] == '_'))
            {
                position++;
            }

            if (position == start || char.IsAsciiDigit(yaml[start]) || !Take(':') || !Take(' '))
            {
                return false;
            }

            var key = yaml[start..(position - 2)];
            if (!keys.Add(key))
            {
                return false; // YamlDotNet reports the repeated key
            }

            events.Add(new Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, true, false, MarkAt(start), MarkAt(position - 2), true));
            SkipSpaces();
            if (position == end)
            {
                return false; // an empty value
            }

            return (yaml[position] == '[' ? TryReadList(events) : TryReadScalar(events, inList: false)) && position == end;
        }

        private bool TryReadList(List<ParsingEvent> events)
        {
            events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, MarkAt(position), MarkAt(position)));
            position++;
            SkipSpaces();
            if (position < end && yaml[position] != ']')
            {
                while (true)
                {
                    if (!TryReadScalar(events, inList: true))
                    {
                        return false;
                    }

                    SkipSpaces();
                    if (!Take(','))
                    {
                        break;
                    }

                    SkipSpaces();
                }
            }

            if (position >= end || yaml[position] != ']')
            {
                return false;
            }

            events.Add(new SequenceEnd(MarkAt(position), MarkAt(position)));
            position++;
            return true;
        }

        private bool TryReadScalar(List<ParsingEvent> events, bool inList)
        {
            var from = position;
            if (position >= end)
            {
                return false;
            }

            var quote = yaml[position];
            var value = quote is '"' or '\'' ? Quoted(quote) : Plain(inList);
            if (value is null)
            {
                return false;
            }

            var style = quote switch { '"' => ScalarStyle.DoubleQuoted, '\'' => ScalarStyle.SingleQuoted, _ => ScalarStyle.Plain };
            events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, style, style == ScalarStyle.Plain, style != ScalarStyle.Plain,
                MarkAt(from), MarkAt(position), false));
            return true;
        }

        /// <summary>
        /// A quoted scalar closed on this line; in double quotes only the escapes <c>\"</c> and <c>\\</c>, in single quotes
        /// none (<c>''</c> included): anything else is YamlDotNet's to read.
        /// </summary>
        private string? Quoted(char quote)
        {
            position++;
            StringBuilder? unescaped = null;
            var from = position;
            while (position < end && yaml[position] != quote)
            {
                var c = yaml[position];
                if (!IsPlainText(c))
                {
                    return null;
                }

                if (c == '\\' && quote == '"')
                {
                    if (position + 1 >= end || yaml[position + 1] is not ('"' or '\\'))
                    {
                        return null;
                    }

                    (unescaped ??= new StringBuilder()).Append(yaml, from, position - from).Append(yaml[position + 1]);
                    position += 2;
                    from = position;
                    continue;
                }

                position++;
            }

            if (position >= end || (quote == '\'' && position + 1 < end && yaml[position + 1] == '\''))
            {
                return null; // never closed on this line, or a '' escape
            }

            var text = unescaped is null ? yaml[from..position] : unescaped.Append(yaml, from, position - from).ToString();
            position++;
            return text;
        }

        /// <summary>
        /// A plain scalar: no indicator first, no comment, no ': ' (a mapping inside a value) and no ':' at its end; in a
        /// list it ends at ',' or ']', and brackets, braces, quotes and colons are left to YamlDotNet.
        /// </summary>
        private string? Plain(bool inList)
        {
            var from = position;
            if (Indicators.Contains(yaml[position]))
            {
                return null;
            }

            while (position < end && !(inList && yaml[position] is ',' or ']'))
            {
                var c = yaml[position];
                if (!IsPlainText(c) || c == '#' || (c == ':' && (inList || position + 1 == end || yaml[position + 1] == ' ')) ||
                    (inList && c is '[' or '{' or '}' or '"' or '\''))
                {
                    return null;
                }

                position++;
            }

            var last = position;
            while (last > from && yaml[last - 1] == ' ')
            {
                last--;
            }

            if (!inList && last != position)
            {
                return null; // trailing spaces at the end of the line
            }

            position = last; // in a list, the spaces before ',' or ']' are not the value's
            return yaml[from..last];
        }

        /// <summary>False for tabs, controls and what YAML counts as a line break (NEL, LS, PS) or refuses (BOM, non-characters).</summary>
        private static bool IsPlainText(char c) =>
            c >= ' ' && c is not (>= '\u007F' and <= '\u009F') and not ('\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF');

        private bool Take(char c)
        {
            if (position < end && yaml[position] == c)
            {
                position++;
                return true;
            }

            return false;
        }

        private void SkipSpaces()
        {
            while (position < end && yaml[position] == ' ')
            {
                position++;
            }
        }
    }
}
