using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Annotations;

/// <summary>
/// Finds annotation mistakes that Markdig would silently print as text: a reference <c>[^id]</c> with no
/// definition, a definition never referenced, and a <c>==highlight</c> never closed.
/// </summary>
public static class AnnotationChecks
{
    /// <summary>Reports every mistake of <paramref name="document"/>.</summary>
    public static void Run(MarkdownDocument document, PageEntry page, DiagnosticBag diagnostics)
    {
        var path = page.Document.DisplayPath;
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.AsSpan();
            var reference = text.IndexOf("[^".AsSpan());
            if (reference >= 0 && text[reference..].IndexOf(']') > 2)
            {
                var end = text[reference..].IndexOf(']');
                var label = text.Slice(reference + 2, end - 2).ToString();
                diagnostics.Error(path, page.Document.BodyLine + literal.Line, literal.Column + 1 + reference,
                    $"the note reference [^{label}] has no definition",
                    $"add a line '[^{label}]: the note text' after the paragraph, or remove the reference");
            }

            var marks = text.IndexOf("==".AsSpan());
            if (marks >= 0)
            {
                diagnostics.Error(path, page.Document.BodyLine + literal.Line, literal.Column + 1 + marks,
                    "a '==' highlight is never closed",
                    "close the highlighted span with '==' on the same paragraph, e.g. ==this phrase==[^note]");
            }
        }

        foreach (var footnote in document.Descendants<Footnote>())
        {
            if (footnote.Links.All(l => l.IsBackLink))
            {
                diagnostics.Error(path, page.Document.BodyLine + footnote.Line, footnote.Column + 1,
                    $"the note [^{footnote.Label}] is defined but never referenced",
                    $"add [^{footnote.Label}] after the phrase it comments on, or delete the definition");
            }
        }
    }
}
