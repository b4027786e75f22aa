using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using StaticReader.Core.Extensions;

namespace StaticReader.Core.Markdown;

/// <summary>
/// Builds the Markdig pipeline: CommonMark plus the Markdig extensions a reader's prose needs (tables,
/// ==highlights==, footnotes as annotations, heading ids, autolinks, task and lettered lists, definition
/// lists, callouts, charts and numbered figures) and the reader's own (<see cref="Extensions.ReaderExtension"/>). Left out on purpose:
/// abbreviations (the glossary does that job, and they re-scan every literal), media links (they emit
/// iframes from other origins), figures, footers and citations. Raw HTML is disabled (escaped as text) so
/// that nothing in content can inject markup or script into the site.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>Creates the pipeline, with what <paramref name="extensions"/> add. The result is immutable and safe to share across threads.</summary>
    public static MarkdownPipeline Create(IEnumerable<IReaderExtension>? extensions = null)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseGridTables()
            .UsePipeTables()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseAlertBlocks()
            .Use<Extensions.Callouts.CalloutExtension>()
            .Use<Extensions.Figures.FigureExtension>()
            .Use<Extensions.ReaderExtension>()
            .DisableHtml();
        foreach (var extension in extensions ?? [])
        {
            extension.SetupMarkdown(builder);
        }

        return builder.Build();
    }
}
