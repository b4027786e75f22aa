using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Annotations;

/// <summary>
/// Finds annotation mistakes that Markdig would silently print as text or drop: a reference <c>[^id]</c>
/// with no definition, a definition never referenced or given twice, and a <c>==highlight</c> never closed.
/// </summary>
public static partial class AnnotationChecks
{
    /// <summary>Reports every mistake of <paramref name="document"/>, parsed from <paramref name="body"/>.</summary>
    public static void Run(MarkdownDocument document, PageEntry page, string body, DiagnosticBag diagnostics)
    {
        var path = page.Document.DisplayPath;
        foreach (var container in Syntax.InlinesOf<ContainerInline>(document))
        {
            CheckLiteralRuns(container, page, body, diagnostics);
        }

        // Markdig drops definitions nobody references, and a second definition of a label, so both are found in the
        // source lines. Labels ignore case, as in Markdig: [^b] and [^B] are one note.
        var referenced = Syntax.BlocksOf<Footnote>(document).Select(f => f.Label?.TrimStart('^')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var defined = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = -1;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            i++;

            // Only a line that starts with '[^' after up to three spaces can be a definition: the regex, and a string for
            // it, are for those lines alone (splitting every body into lines cost more than the rest of the checks).
            var lineText = body.AsSpan(range);
            if (!lineText.TrimStart(' ').StartsWith("[^"))
            {
                continue;
            }

            var definition = Definition().Match(lineText.ToString());
            if (!definition.Success)
            {
                continue;
            }

            var label = definition.Groups[1].Value;
            var line = page.Document.BodyLine + i;
            if (defined.TryGetValue(label, out var firstLine))
            {
                diagnostics.Error(path, line, definition.Index + 1,
                    $"the note [^{label}] is defined twice (labels ignore case; first at line {firstLine}), and only the first is kept",
                    "give this note its own label, in the reference and here, or merge the two notes");
            }
            else if (!referenced.Contains(label))
            {
                diagnostics.Error(path, line, definition.Index + 1,
                    $"the note [^{label}] is defined but never referenced",
                    $"add [^{label}] after the phrase it comments on, or delete the definition");
            }

            defined.TryAdd(label, line);
        }
    }

    /// <summary>
    /// The 0-based body line and 1-based column of the character <paramref name="offset"/> into a run starting at
    /// <paramref name="first"/>. The literal's source span is used: a literal Markdig makes while closing emphasis or a
    /// highlight (the text after <c>==span==</c>) has no line or column of its own.
    /// </summary>
    private static (int Line, int Column) Locate(string body, LiteralInline first, int offset)
    {
        if (first.Span.Start < 0 || first.Span.Start > body.Length || (first.Line == 0 && first.Column == 0 && first.Span.Start == 0 && first.Span.End <= 0))
        {
            return (first.Line, first.Column + 1 + offset);
        }

        var at = Math.Min(first.Span.Start + offset, body.Length);
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < at; i++)
        {
            if (body[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, at - lineStart + 1);
    }

    /// <summary>
    /// Checks the runs of adjacent literals directly in <paramref name="container"/>; only runs with a '=' or '['
    /// somewhere, since both mistakes need one (most runs have neither, and making their text was a large share of a
    /// glossary site's allocations). A loop, not an iterator: every container inline of every page comes through here.
    /// </summary>
    private static void CheckLiteralRuns(ContainerInline container, PageEntry page, string body, DiagnosticBag diagnostics)
    {
        for (var child = container.FirstChild; child is not null;)
        {
            if (child is not LiteralInline first)
            {
                child = child.NextSibling;
                continue;
            }

            // Look at the run first, and copy its text only when it has a '=' or '[' (a builder filled for every run
            // was a large share of a glossary site's allocations).
            var last = first;
            var mayMatch = first.Content.AsSpan().ContainsAny('=', '[');
            while (last.NextSibling is LiteralInline next)
            {
                last = next;
                mayMatch |= next.Content.AsSpan().ContainsAny('=', '[');
            }

            child = last.NextSibling;
            if (mayMatch)
            {
                CheckRun(TextOf(first, last), first, page, body, diagnostics);
            }
        }
    }

    /// <summary>Reports an undefined note reference and an unclosed highlight in the run <paramref name="text"/>.</summary>
    private static void CheckRun(string text, LiteralInline first, PageEntry page, string body, DiagnosticBag diagnostics)
    {
        var path = page.Document.DisplayPath;
        var reference = UndefinedReference().Match(text);
        if (reference.Success)
        {
            var label = reference.Groups[1].Value;
            var (line, column) = Locate(body, first, reference.Index);
            diagnostics.Error(path, page.Document.BodyLine + line, column,
                $"the note reference [^{label}] has no definition",
                $"add a line '[^{label}]: the note text' after the paragraph, or remove the reference");
        }

        var marks = text.IndexOf("==", StringComparison.Ordinal);
        if (marks >= 0)
        {
            var (line, column) = Locate(body, first, marks);
            diagnostics.Error(path, page.Document.BodyLine + line, column,
                "a '==' highlight is never closed",
                "close the highlighted span with '==' in the same paragraph, e.g. ==this phrase==[^note]");
        }
    }

    /// <summary>
    /// The text of the literals from <paramref name="first"/> to <paramref name="last"/>. A backslash-escaped character
    /// ('\=', '\[') is text, never the start of markup: it is masked so that '\==' is not taken for an unclosed
    /// highlight. The mask keeps offsets (columns) unchanged.
    /// </summary>
    private static string TextOf(LiteralInline first, LiteralInline last)
    {
        var builder = new StringBuilder();
        for (var literal = first; ; literal = (LiteralInline)literal.NextSibling!)
        {
            var content = literal.Content.AsSpan();
            if (literal.IsFirstCharacterEscaped && content.Length > 0)
            {
                builder.Append('\0').Append(content[1..]);
            }
            else
            {
                builder.Append(content);
            }

            if (ReferenceEquals(literal, last))
            {
                return builder.ToString();
            }
        }
    }

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex UndefinedReference();

    [GeneratedRegex(@"^ {0,3}\[\^([^\]\s]+)\]:")]
    private static partial Regex Definition();
}
