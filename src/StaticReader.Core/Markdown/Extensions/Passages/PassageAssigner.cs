using StaticReader.Core.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Passages;

/// <summary>
/// Gives every top-level block (paragraph, quote, list, table…) an id. A writer's <c>{#id}</c> wins;
/// otherwise the id is made from the passage's own first words, so editing another passage never changes it.
/// </summary>
public static class PassageAssigner
{
    private const int WordsInId = 4;
    private const int IdSource = 80; // characters of a passage's text its id is made from: four words fit

    /// <summary>Assigns ids in document order; <paramref name="taken"/> holds heading ids already used on the page.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="page">The page, for diagnostics.</param>
    /// <param name="taken">Ids already used on the page (headings); passage ids are added to it.</param>
    /// <param name="mayHaveExplicitIds">False when the source has no <c>{#</c>, so no block needs searching for one.</param>
    /// <param name="diagnostics">Where duplicate ids are reported.</param>
    /// <param name="wholeText">
    /// True when every passage's whole plain text is needed: for the search index, or because the page links to other
    /// pages (mentions need their sentences). Otherwise a passage keeps only the start of its text, its id's source.
    /// </param>
    public static List<Passage> Run(MarkdownDocument document, PageEntry page, ISet<string> taken, bool mayHaveExplicitIds, DiagnosticBag diagnostics, bool wholeText = true)
    {
        var passages = new List<Passage>();
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var explicitIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document)
        {
            // A figure has its own id (fig-…) and is not prose: search and mentions never see a chart's data.
            if (block is HeadingBlock or ThematicBreakBlock or FootnoteGroup or LinkReferenceDefinitionGroup or BlankLineBlock or Figures.ChartBlock
                || block.GetData(typeof(Figures.ImageFigure)) is not null)
            {
                continue;
            }

            var links = wholeText ? new List<(string Slug, int Start, int Length)>() : null; // a prefix records no links
            var text = links is not null ? PlainText.Of(block, links) : PlainText.Prefix(block, IdSource);
            var writerId = mayHaveExplicitIds ? Syntax.InlinesOf<PassageIdInline>(block).LastOrDefault() : null;
            string id;
            if (writerId is not null)
            {
                id = writerId.Id;
                if (!explicitIds.Add(id) || taken.Contains(id))
                {
                    diagnostics.Error(page.Document.DisplayPath, page.Document.BodyLine + writerId.Line, writerId.Column + 1,
                        $"the passage id '{id}' is used twice on this page", "give each {#id} a different name");
                }
            }
            else
            {
                id = Unique("p-" + FirstWords(text), taken, nextSuffix);
            }

            taken.Add(id);
            passages.Add(new Passage(block, id, text, links is null ? [] : links));
        }

        return passages;
    }

    private static string FirstWords(string text)
    {
        var slug = Slugs.FromText(text.AsSpan(0, Math.Min(text.Length, IdSource)), WordsInId); // slugging more is wasted work
        return slug.Length == 0 ? "passage" : slug;
    }

    /// <summary>The id, or the id with the next free numeric suffix; remembering the suffix keeps many repeats linear.</summary>
    private static string Unique(string id, ISet<string> taken, Dictionary<string, int> nextSuffix)
    {
        if (!taken.Contains(id))
        {
            return id;
        }

        for (var n = nextSuffix.GetValueOrDefault(id, 2); ; n++)
        {
            var candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!taken.Contains(candidate))
            {
                nextSuffix[id] = n + 1;
                return candidate;
            }
        }
    }
}
