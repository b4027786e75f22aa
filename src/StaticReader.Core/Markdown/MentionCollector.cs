using System.Buffers;
using System.Net;
using System.Text;
using Markdig.Extensions.Footnotes;
using StaticReader.Core.Markdown.Extensions.Annotations;
using StaticReader.Core.Markdown.Extensions.Passages;

namespace StaticReader.Core.Markdown;

/// <summary>Collects, for each passage, the pages it links to and the sentence each link sits in.</summary>
public static class MentionCollector
{
    private const int MaxContext = 320;
    private static readonly SearchValues<char> MarkupCharacters = SearchValues.Create("<>\"'&");

    [ThreadStatic]
    private static StringBuilder? contextBuilder;

    /// <summary>
    /// The mentions of a page's passages, in reading order, then those of its notes: a wikilink in a note is a link of
    /// the page, and its backlink points at the note (<c>#note-…</c>), which a reader can open.
    /// </summary>
    public static List<Mention> Run(IReadOnlyList<Passage> passages, string ownSlug, IReadOnlyList<Footnote>? notes = null)
    {
        var mentions = new List<Mention>();
        foreach (var passage in passages)
        {
            Add(mentions, passage.Id, passage.Text, passage.Links, ownSlug);
        }

        foreach (var note in notes ?? [])
        {
            var links = new List<(string Slug, int Start, int Length)>();
            var text = PlainText.OfNote(note, links);
            Add(mentions, "note-" + AnnotationIds.Of(note), text, links, ownSlug);
        }

        return mentions;
    }

    private static void Add(List<Mention> mentions, string anchor, string text, IReadOnlyList<(string Slug, int Start, int Length)> links, string ownSlug)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (slug, start, length) in links)
        {
            if (slug != ownSlug && seen.Add(slug) && start + length <= text.Length)
            {
                mentions.Add(new Mention(slug, anchor, Context(text, start, length)));
            }
        }
    }

    /// <summary>The sentence around <c>text[start..start+length]</c>, escaped, with the mention marked.</summary>
    public static string Context(string text, int start, int length)
    {
        var from = SentenceStart(text, start);
        var to = SentenceEnd(text, start + length);
        var prefix = "";
        var suffix = "";
        if (start - from > MaxContext / 2)
        {
            from = WordStart(text, start - MaxContext / 2);
            prefix = "…";
        }

        if (to - (start + length) > MaxContext / 2)
        {
            to = WordEnd(text, start + length + MaxContext / 2);
            suffix = "…";
        }

        // One string per mention, written into the thread's builder: a glossary site has tens of thousands of mentions,
        // and the pieces (three substrings, three encodings, one concatenation) were most of what collecting them cost.
        var builder = contextBuilder ??= new StringBuilder(2 * MaxContext);
        builder.Clear().Append(prefix);
        AppendEncoded(builder, text.AsSpan(from, start - from).TrimStart());
        builder.Append("<mark>");
        AppendEncoded(builder, text.AsSpan(start, length));
        builder.Append("</mark>");
        AppendEncoded(builder, text.AsSpan(start + length, to - (start + length)).TrimEnd());
        return builder.Append(suffix).ToString();
    }

    /// <summary>
    /// Appends <paramref name="text"/> as <see cref="WebUtility.HtmlEncode(string)"/> encodes it: as it is when it holds
    /// none of the characters that function encodes (markup characters, Latin-1 letters and symbols, surrogates), which
    /// is most of prose; otherwise through that function.
    /// </summary>
    private static void AppendEncoded(StringBuilder builder, ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(MarkupCharacters) || text.ContainsAnyInRange('\u00A0', '\u00FF') || text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            builder.Append(WebUtility.HtmlEncode(text.ToString()));
            return;
        }

        builder.Append(text);
    }

    private static int SentenceStart(string text, int position)
    {
        for (var i = position - 2; i > 0; i--)
        {
            if (IsSentenceEnd(text, i))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string text, int position)
    {
        for (var i = position; i < text.Length - 1; i++)
        {
            if (IsSentenceEnd(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\u201D' or '\u2019' or ')')
                {
                    end++;
                }

                return end;
            }
        }

        return text.Length;
    }

    /// <summary>A '.', '?' or '!' followed by a space and a capital or an opening quote, and not an initial such as "U.S.".</summary>
    private static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] is not ('.' or '?' or '!'))
        {
            return false;
        }

        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\u201D' or '\u2019' or ')')
        {
            next++;
        }

        if (next + 1 >= text.Length || !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        var following = text[next + 1];
        if (!char.IsUpper(following) && following is not ('\u201C' or '"' or '[' or '\u2018'))
        {
            return false;
        }

        var isInitial = text[i] == '.' && i >= 1 && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]));
        return !isInitial;
    }

    private static int WordStart(string text, int position)
    {
        while (position > 0 && !char.IsWhiteSpace(text[position - 1]))
        {
            position--;
        }

        return position;
    }

    private static int WordEnd(string text, int position)
    {
        while (position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
