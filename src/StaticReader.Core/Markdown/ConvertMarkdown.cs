using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.Glossary;

namespace StaticReader.Core.Markdown;

/// <summary>Stage 3, convert: turns every page's markdown into HTML, in parallel, results in index order.</summary>
public static class ConvertMarkdown
{
    /// <summary>Converts every content page of the index.</summary>
    public static IReadOnlyList<ConvertedPage> Run(SiteIndex index, DiagnosticBag diagnostics)
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var converter = new PageConverter(pipeline, index, new GlossaryAutoLinker(new TermTrie(index.TermNames), index.Config.AutoLink));
        var pages = index.Pages;
        var converted = new ConvertedPage[pages.Count];
        Parallel.For(0, pages.Count, i => converted[i] = converter.Convert(pages[i], diagnostics));
        return converted;
    }
}
