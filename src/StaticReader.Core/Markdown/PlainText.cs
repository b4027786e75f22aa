using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Markdown.Extensions.Citations;
using StaticReader.Core.Markdown.Extensions.Glossary;
using StaticReader.Core.Markdown.Extensions.NoLink;
using StaticReader.Core.Markdown.Extensions.WikiLinks;

namespace StaticReader.Core.Markdown;

/// <summary>
/// The readable text of a block, as a reader sees it (link texts, term names, no markup, no note numbers),
/// with the offsets of the links in it so a mention can be shown in its sentence. The one walker of inline text: table
/// of contents entries, passages, search and context sentences all read a block the same way.
/// </summary>
public static class PlainText
{
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    /// <summary>The plain text of a block.</summary>
    public static string Of(Block block) => Collect(block, null);

    /// <summary>The plain text of a block and, for each link to a page, the slug and its character range.</summary>
    public static string Of(Block block, List<(string Slug, int Start, int Length)> links) => Collect(block, links);

    /// <summary>
    /// The plain text of an annotation's note and the links in it (a note is left out of its page's passages, but the
    /// wikilinks in it are links all the same: backlinks point at the note).
    /// </summary>
    public static string OfNote(Footnote note, List<(string Slug, int Start, int Length)> links)
    {
        var builder = new StringBuilder();
        foreach (var child in note)
        {
            AppendBlock(child, builder, links, int.MaxValue);
        }

        while (builder.Length > 0 && char.IsWhiteSpace(builder[^1]))
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>
    /// The start of a block's plain text, about <paramref name="limit"/> characters (a passage id needs its first words),
    /// for a block whose page links to nothing: only search and the context of links need the rest.
    /// </summary>
    public static string Prefix(Block block, int limit) => Collect(block, null, limit);

    private static string Collect(Block block, List<(string, int, int)>? links, int limit = int.MaxValue)
    {
        // One builder per thread: every passage of every page is collected, and a builder each grew chunk by chunk.
        var builder = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        builder.Clear();
        AppendBlock(block, builder, links, limit);

        // Trim the end only: trimming the start would shift the offsets recorded in links.
        while (builder.Length > 0 && char.IsWhiteSpace(builder[^1]))
        {
            builder.Length--;
        }

        var text = builder.ToString();
        if (builder.Capacity <= 64 * 1024)
        {
            cachedBuilder = builder;
        }

        return text;
    }

    private static void AppendBlock(Block block, StringBuilder builder, List<(string, int, int)>? links, int limit)
    {
        if (builder.Length >= limit)
        {
            return; // enough text: the rest is not needed
        }

        switch (block)
        {
            case Footnote or FootnoteGroup or Extensions.Figures.ChartBlock:
                return; // a chart's YAML and labels are not prose
            case LeafBlock { Inline: { } inline }:
                AppendInline(inline, builder, links, limit);
                builder.Append(' ');
                return;
            case LeafBlock leaf:
                builder.Append(leaf.Lines.ToString()).Append(' ');
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendBlock(child, builder, links, limit);
                }

                return;
        }
    }

    private static void AppendInline(Inline inline, StringBuilder builder, List<(string, int, int)>? links, int limit)
    {
        if (builder.Length >= limit)
        {
            return;
        }

        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case GlossaryLinkInline term:
                links?.Add((term.Term.Slug, builder.Length, term.Text.Length));
                builder.Append(term.Text);
                break;
            case WikiLinkInline wiki:
                var shown = wiki.ShownText ?? wiki.Label ?? wiki.Target;
                if (wiki.TargetSlug is not null)
                {
                    links?.Add((wiki.TargetSlug, builder.Length, shown.Length));
                }

                builder.Append(shown);
                break;
            case CitationInline citation when citation.Pieces.Count > 0:
                foreach (var piece in citation.Pieces)
                {
                    if (piece.Slug is not null)
                    {
                        links?.Add((piece.Slug, builder.Length, piece.Text.Length));
                    }

                    builder.Append(piece.Text);
                }

                break;
            case CitationInline unresolved:
                builder.Append(unresolved.Source);
                break;
            case NoLinkInline noLink:
                builder.Append(noLink.Text);
                break;
            case FootnoteLink:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(child, builder, links, limit);
                }

                break;
        }
    }
}
