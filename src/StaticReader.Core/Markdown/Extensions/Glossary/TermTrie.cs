using System.Globalization;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Glossary;

/// <summary>
/// A character trie over every term title and alias (lower-cased). Scanning a text tries a walk only at
/// word starts and keeps the longest name that ends on a word boundary, so the cost is linear in the
/// text's length whatever the number of terms, and "scale-up" wins over "scale".
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
    public List<TermMatch> FindAll(string text)
    {
        var matches = new List<TermMatch>();
        var i = 0;
        while (i < text.Length)
        {
            if (i > 0 && IsWordChar(text[i - 1]) && IsWordChar(text[i]))
            {
                i++;
                continue; // not a word start: "ai" in "Taipei" or "said"
            }

            var node = root;
            var bestLength = 0;
            PageEntry? best = null;
            for (var j = i; j < text.Length && node.Children is not null && node.Children.TryGetValue(Fold(text[j]), out var next); j++)
            {
                node = next;
                if (node.Term is not null && (j + 1 == text.Length || !IsWordChar(text[j]) || !IsWordChar(text[j + 1])))
                {
                    bestLength = j + 1 - i;
                    best = node.Term;
                }
            }

            if (best is not null)
            {
                matches.Add(new TermMatch(i, bestLength, best));
                i += bestLength;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

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
