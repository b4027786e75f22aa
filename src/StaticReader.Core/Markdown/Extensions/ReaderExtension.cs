using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using StaticReader.Core.Markdown.Extensions.Annotations;
using StaticReader.Core.Markdown.Extensions.Citations;
using StaticReader.Core.Markdown.Extensions.Glossary;
using StaticReader.Core.Markdown.Extensions.NoLink;
using StaticReader.Core.Markdown.Extensions.Passages;
using StaticReader.Core.Markdown.Extensions.WikiLinks;

namespace StaticReader.Core.Markdown.Extensions;

/// <summary>
/// Glue for the reader's markdown: registers the wikilink, citation, no-link and passage-id parsers and the
/// renderers of term links, wikilinks, citations and annotation references. The work itself happens in the
/// per-feature types; the per-page passes run in <see cref="PageConverter"/>.
/// </summary>
public sealed class ReaderExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
            pipeline.InlineParsers.Insert(0, new NoLinkParser());
            pipeline.InlineParsers.Insert(0, new PassageIdParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.ObjectRenderers.AddIfNotAlready<HtmlWikiLinkRenderer>();
        html.ObjectRenderers.AddIfNotAlready<HtmlNoLinkRenderer>();
        html.ObjectRenderers.AddIfNotAlready<HtmlPassageIdRenderer>();
        html.ObjectRenderers.AddIfNotAlready<HtmlGlossaryLinkRenderer>();
        html.ObjectRenderers.AddIfNotAlready<HtmlCitationRenderer>();
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new HtmlAnnotationRefRenderer());
    }
}
