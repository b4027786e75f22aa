namespace StaticReader.Core.Theme;

/// <summary>
/// Finds where a Scriban block that is never closed was opened. Scriban reports a missing <c>end</c> at the end of the
/// file, where nothing can be fixed; the writer needs the <c>{{ if }}</c> or <c>{{ for }}</c> that lacks it.
/// </summary>
public static class UnclosedBlocks
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "if", "for", "while", "with", "capture", "func", "case", "tablerow", "wrap",
    };

    /// <summary>The keyword, 1-based line and column of the innermost block left open, or null when all are closed.</summary>
    public static (string Keyword, int Line, int Column)? Find(string source)
    {
        var open = new Stack<(string, int, int)>();
        var at = 0;
        while ((at = source.IndexOf("{{", at, StringComparison.Ordinal)) >= 0)
        {
            var close = source.IndexOf("}}", at + 2, StringComparison.Ordinal);
            var end = close < 0 ? source.Length : close;
            var statementStart = at + 2;
            for (var i = at + 2; i <= end; i++)
            {
                if (i == end || source[i] is '\n' or ';')
                {
                    var word = FirstWord(source, statementStart, i, out var wordAt);
                    if (word == "end" && open.Count > 0)
                    {
                        open.Pop();
                    }
                    else if (word is not null && Openers.Contains(word))
                    {
                        var (line, column) = Position(source, wordAt);
                        open.Push((word, line, column));
                    }

                    statementStart = i + 1;
                }
            }

            at = end + 2;
        }

        return open.Count > 0 ? open.Peek() : null;
    }

    private static string? FirstWord(string source, int from, int to, out int wordAt)
    {
        var i = from;
        while (i < to && (char.IsWhiteSpace(source[i]) || source[i] is '~' or '-'))
        {
            i++;
        }

        wordAt = i;
        var start = i;
        while (i < to && char.IsLetter(source[i]))
        {
            i++;
        }

        var followed = i == to || !char.IsLetterOrDigit(source[i]) && source[i] != '_' && source[i] != '.';
        return i > start && followed ? source[start..i] : null;
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
