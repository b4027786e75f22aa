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
/// with no definition, a definition never referenced, and a <c>==highlight</c> never closed.
/// </summary>
public static partial class AnnotationChecks
{
    /// <summary>Reports every mistake of <paramref name="document"/>.</summary>
    public static void Run(MarkdownDocument document, PageEntry page, DiagnosticBag diagnostics)
    {
        var path = page.Document.DisplayPath;
        var body = page.Document.Body;
        if (!body.Contains("[^", StringComparison.Ordinal) && !body.Contains("==", StringComparison.Ordinal))
        {
            return; // nothing that could be a note or a highlight: skip the walks
        }

        foreach (var container in Syntax.InlinesOf<ContainerInline>(document))
        {
            foreach (var (text, first) in LiteralRuns(container))
            {
                var reference = UndefinedReference().Match(text);
                if (reference.Success)
                {
                    var label = reference.Groups[1].Value;
                    diagnostics.Error(path, page.Document.BodyLine + first.Line, first.Column + 1 + reference.Index,
                        $"the note reference [^{label}] has no definition",
                        $"add a line '[^{label}]: the note text' after the paragraph, or remove the reference");
                }

                var marks = text.IndexOf("==", StringComparison.Ordinal);
                if (marks >= 0)
                {
                    diagnostics.Error(path, page.Document.BodyLine + first.Line, first.Column + 1 + marks,
                        "a '==' highlight is never closed",
                        "close the highlighted span with '==' in the same paragraph, e.g. ==this phrase==[^note]");
                }
            }
        }

        // Markdig drops definitions nobody references, so they are found in the source lines.
        var referenced = Syntax.BlocksOf<Footnote>(document).Select(f => f.Label?.TrimStart('^')).ToHashSet(StringComparer.Ordinal);
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var definition = Definition().Match(lines[i]);
            if (definition.Success && !referenced.Contains(definition.Groups[1].Value))
            {
                var label = definition.Groups[1].Value;
                diagnostics.Error(path, page.Document.BodyLine + i, definition.Index + 1,
                    $"the note [^{label}] is defined but never referenced",
                    $"add [^{label}] after the phrase it comments on, or delete the definition");
            }
        }
    }

    /// <summary>The texts of the runs of adjacent literals directly in <paramref name="container"/>, with each run's first literal.</summary>
    private static IEnumerable<(string Text, LiteralInline First)> LiteralRuns(ContainerInline container)
    {
        var builder = new StringBuilder();
        LiteralInline? first = null;
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline literal)
            {
                first ??= literal;
                builder.Append(literal.Content.AsSpan());
                continue;
            }

            if (first is not null)
            {
                yield return (builder.ToString(), first);
                builder.Clear();
                first = null;
            }
        }

        if (first is not null)
        {
            yield return (builder.ToString(), first);
        }
    }

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex UndefinedReference();

    [GeneratedRegex(@"^ {0,3}\[\^([^\]\s]+)\]:")]
    private static partial Regex Definition();
}
