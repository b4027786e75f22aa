using System.Text.RegularExpressions;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>What the load stage adds for sources: a summary taken from the body, and one definition per key.</summary>
internal static partial class SourceDocuments
{
    private const int SummaryLength = 240;

    /// <summary>
    /// The source with a summary (previews and search show it) made from the first sentences of its body when the front
    /// matter gives none. The summary joins the front matter serve compares, so editing it rebuilds the pages that show it.
    /// </summary>
    public static LoadedDocument Complete(LoadedDocument loaded)
    {
        var source = loaded.Document;
        if (source.FrontMatter.Summary is not null)
        {
            return loaded;
        }

        var summary = FirstSentences(loaded.BodyText);
        return loaded with
        {
            Document = source with
            {
                FrontMatter = source.FrontMatter with { Summary = summary.Length == 0 ? null : summary },
                FrontMatterYaml = source.FrontMatterYaml + "\n# summary: " + summary,
            },
        };
    }

    /// <summary>
    /// The sources with each key once: a key defined again (by another file or a CSL-JSON entry) is an error naming both
    /// places, and the later definition is left out.
    /// </summary>
    public static IReadOnlyList<LoadedDocument> Unique(IEnumerable<LoadedDocument> documents, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        var result = new List<LoadedDocument>();
        foreach (var loaded in documents)
        {
            var document = loaded.Document;
            if (!BuiltInCollections.IsSources(document.Collection))
            {
                result.Add(loaded);
                continue;
            }

            if (first.TryGetValue(document.Slug, out var earlier))
            {
                diagnostics.Error(document.DisplayPath, document.Line, 1,
                    $"the source key '{document.Slug}' is defined twice: here and in {earlier.DisplayPath}:{earlier.Line}",
                    "keep one definition: delete the file or the CSL-JSON entry, or give one of them another key");
                continue;
            }

            first.Add(document.Slug, document);
            result.Add(loaded);
        }

        return result;
    }

    private static string FirstSentences(string body)
    {
        var paragraph = body.Trim().Split("\n\n", 2)[0].ReplaceLineEndings(" ");
        var text = Whitespace().Replace(Markup().Replace(NoteRef().Replace(Link().Replace(paragraph, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value), ""), ""), " ").Trim();
        if (text.Length <= SummaryLength)
        {
            return text;
        }

        // Whole sentences up to the limit; a first sentence longer than that is cut at a word.
        var end = 0;
        for (var i = 0; i < SummaryLength; i++)
        {
            if (text[i] is '.' or '?' or '!' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                end = i + 1;
            }
        }

        if (end > 0)
        {
            return text[..end];
        }

        var cut = text.LastIndexOf(' ', SummaryLength);
        return text[..(cut > 0 ? cut : SummaryLength)] + "…";
    }

    [GeneratedRegex(@"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]|\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[\^[^\]]*\]|\[-?@[^\]]*\]")]
    private static partial Regex NoteRef();

    [GeneratedRegex(@"[`*]|(?<!\w)_|_(?!\w)|==")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
