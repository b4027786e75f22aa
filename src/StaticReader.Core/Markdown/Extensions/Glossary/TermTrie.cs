using System.Globalization;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Glossary;

/// <summary>
/// A character trie over every term title and alias (lower-cased). Scanning a text tries a walk only at
/// word starts and keeps the longest name that ends on a word boundary, so the cost is linear in the
/// text's length whatever the number of terms, and "scale-up" wins over "scale".
/// A name inside a hyphenated compound ("scale" in "scale-out", "large-scale", "scale-ups") is not a mention of the
/// term: it links only when the whole compound is a name (longest match), or when the term is a name of an
/// organization, person or product, which a compound only qualifies ("Nvidia-based"). Chinese and Japanese are written
/// without spaces, so every Han, Hiragana or Katakana character is a word of its own: 算力 is found in 中国的算力正在快速增长.
/// </summary>
public sealed class TermTrie
{
    private readonly Node root = new();

    /// <summary>Builds the trie from the index's term names.</summary>
    public TermTrie(IReadOnlyDictionary<string, PageEntry> names)
    {
        foreach (var (name, term) in names.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var node = root;
            foreach (var c in name)
            {
                var key = Fold(c);
                node.Children ??= new Dictionary<char, Node>();
                if (!node.Children.TryGetValue(key, out var next))
                {
                    next = new Node();
                    node.Children.Add(key, next);
                }

                node = next;
            }

            node.Term ??= term;
        }
    }

    /// <summary>True when the trie holds no names.</summary>
    public bool IsEmpty => root.Children is null;

    /// <summary>Finds non-overlapping, longest-first matches of whole words, left to right.</summary>
    public List<TermMatch> FindAll(string text) => FindAll(text.AsSpan()) ?? [];

    /// <summary>The matches in <paramref name="text"/>, as <see cref="FindAll(string)"/> finds them; null when there are none.</summary>
    public List<TermMatch>? FindAll(ReadOnlySpan<char> text)
    {
        List<TermMatch>? matches = null;
        var i = 0;
        while (i < text.Length)
        {
            if (i > 0 && !IsBoundary(text[i - 1], text[i]))
            {
                i++;
                continue; // not a word start: "ai" in "Taipei" or "said"
            }

            var node = root;
            var bestLength = 0;
            PageEntry? best = null;
            var afterHyphen = i >= 2 && IsHyphen(text[i - 1]) && IsWordChar(text[i - 2]);
            for (var j = i; j < text.Length && node.Children is not null && node.Children.TryGetValue(Fold(text[j]), out var next); j++)
            {
                node = next;
                if (node.Term is not null && (j + 1 == text.Length || IsBoundary(text[j], text[j + 1])))
                {
                    var beforeHyphen = j + 2 < text.Length && IsHyphen(text[j + 1]) && IsWordChar(text[j + 2]);
                    if (!(afterHyphen || beforeHyphen) || IsName(node.Term))
                    {
                        bestLength = j + 1 - i;
                        best = node.Term;
                    }
                }
            }

            if (best is not null)
            {
                (matches ??= []).Add(new TermMatch(i, bestLength, best));
                i += bestLength;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>True when a word may end between <paramref name="before"/> and <paramref name="after"/>.</summary>
    private static bool IsBoundary(char before, char after) =>
        !IsWordChar(before) || !IsWordChar(after) || IsSpacelessScript(before) || IsSpacelessScript(after);

    /// <summary>Han, Hiragana and Katakana: scripts written without spaces between words.</summary>
    public static bool IsSpacelessScript(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>A hyphen joining a compound; an en dash ("US–China") joins two names and is not one.</summary>
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Organizations, people and products are names: "Nvidia-based" still mentions Nvidia.</summary>
    private static bool IsName(PageEntry term) =>
        term.Document.FrontMatter.TermKind is "organization" or "person" or "product";

    /// <summary>Letters, digits and combining marks make up words; everything else separates them.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Case and typographic folding: curly apostrophes match straight ones, any dash matches a hyphen.</summary>
    private static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' => '\'',
        '\u2010' or '\u2011' or '\u2013' => '-',
        '\u00A0' => ' ',
        _ => char.ToLowerInvariant(c),
    };

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public PageEntry? Term;
    }
}
