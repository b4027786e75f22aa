using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Content;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.NoLink;
using StaticReader.Core.Markdown.Extensions.WikiLinks;

namespace StaticReader.Core.Markdown.Extensions.Glossary;

/// <summary>
/// Replaces mentions of glossary terms in a parsed document with <see cref="GlossaryLinkInline"/>s.
/// Never inside links, code, raw HTML, headings, notes or <c>{!…!}</c>, never to the page's own term;
/// how often a term links follows <see cref="AutoLinkMode"/>.
/// </summary>
public sealed class GlossaryAutoLinker(TermTrie trie, AutoLinkMode mode)
{
    /// <summary>Links the terms of <paramref name="document"/>, which belongs to the page <paramref name="ownSlug"/>; returns the slugs linked.</summary>
    public IReadOnlyCollection<string> Link(MarkdownDocument document, string ownSlug)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        if (trie.IsEmpty)
        {
            return all;
        }

        var linked = new HashSet<string>(StringComparer.Ordinal) { ownSlug };
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock:
                    if (mode == AutoLinkMode.FirstPerSection)
                    {
                        linked.Clear();
                        linked.Add(ownSlug);
                    }

                    break;
                case FootnoteGroup:
                    break;
                default:
                    VisitBlock(block, linked, ownSlug, all);
                    break;
            }
        }

        return all;
    }

    private void VisitBlock(Block block, HashSet<string> linked, string ownSlug, HashSet<string> all)
    {
        switch (block)
        {
            case HeadingBlock or CodeBlock or HtmlBlock or Footnote:
                return;
            case LeafBlock { Inline: { } inline }:
                VisitInlines(inline, linked, ownSlug, all);
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    VisitBlock(child, linked, ownSlug, all);
                }

                return;
        }
    }

    private void VisitInlines(ContainerInline container, HashSet<string> linked, string ownSlug, HashSet<string> all)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            switch (child)
            {
                case LiteralInline literal:
                    child = LinkRun(literal, linked, ownSlug, all);
                    continue;
                case LinkInline or AutolinkInline or CodeInline or HtmlInline or HtmlEntityInline or WikiLinkInline or NoLinkInline or GlossaryLinkInline:
                    break;
                case ContainerInline nested:
                    VisitInlines(nested, linked, ownSlug, all);
                    break;
            }

            child = child.NextSibling;
        }
    }

    /// <summary>Links the run of adjacent literals starting at <paramref name="first"/>; returns the inline after the run.</summary>
    private Inline? LinkRun(LiteralInline first, HashSet<string> linked, string ownSlug, HashSet<string> all)
    {
        var last = first;
        while (last.NextSibling is LiteralInline next)
        {
            last = next;
        }

        // Most runs are one literal with no term in it: it is searched where it lies, and made a string only when it
        // is replaced (a string per run was the largest allocation of a glossary site's conversion).
        var after = last.NextSibling;
        var text = ReferenceEquals(first, last) ? null : Concat(first, last);
        var matches = text is null ? trie.FindAll(first.Content.AsSpan()) : trie.FindAll(text.AsSpan());
        if (matches is null)
        {
            return after;
        }

        var accepted = new List<TermMatch>(matches.Count);
        foreach (var match in matches)
        {
            if (mode == AutoLinkMode.All ? match.Term.Slug != ownSlug : linked.Add(match.Term.Slug))
            {
                accepted.Add(match);
            }
        }

        if (accepted.Count == 0)
        {
            return after;
        }

        // The pieces are slices of the run's text: of the markdown source itself for a lone literal, as Markdig made it.
        var source = text is null ? first.Content : new StringSlice(text);
        var run = new List<LiteralInline> { first };
        while (!ReferenceEquals(run[^1], last))
        {
            run.Add((LiteralInline)run[^1].NextSibling!);
        }

        var replacement = new List<Inline>();
        var position = 0;
        foreach (var match in accepted)
        {
            all.Add(match.Term.Slug);
            if (match.Start > position)
            {
                replacement.Add(new LiteralInline(Piece(source, position, match.Start)));
            }

            replacement.Add(new GlossaryLinkInline
            {
                Text = source.Text.Substring(source.Start + match.Start, match.Length), Term = match.Term, Line = first.Line, Column = first.Column,
            });
            position = match.Start + match.Length;
        }

        if (position < source.Length)
        {
            replacement.Add(new LiteralInline(Piece(source, position, source.Length)));
        }

        foreach (var inline in replacement)
        {
            first.InsertBefore(inline);
        }

        foreach (var literal in run)
        {
            literal.Remove();
        }

        return after;
    }

    /// <summary>The characters <paramref name="from"/> to <paramref name="to"/> (exclusive) of <paramref name="source"/>, as a slice of its text.</summary>
    private static StringSlice Piece(StringSlice source, int from, int to) => new(source.Text, source.Start + from, source.Start + to - 1);

    private static string Concat(LiteralInline first, LiteralInline last)
    {
        var builder = new StringBuilder();
        for (var literal = first; ; literal = (LiteralInline)literal.NextSibling!)
        {
            builder.Append(literal.Content.AsSpan());
            if (ReferenceEquals(literal, last))
            {
                return builder.ToString();
            }
        }
    }
}
