using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace StaticReader.Core.Markdown;

/// <summary>
/// Builds the Markdig pipeline: CommonMark plus Markdig's common extensions. Raw HTML is disabled
/// (escaped as text) so that nothing in content can inject markup or script into the site.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>Creates the pipeline. The result is immutable and safe to share across threads.</summary>
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAbbreviations()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseCitations()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseFigures()
            .UseFooters()
            .UseFootnotes()
            .UseGridTables()
            .UseMediaLinks()
            .UsePipeTables()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .Use<Extensions.ReaderExtension>()
            .DisableHtml();
        return builder.Build();
    }
}
