using System.Globalization;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;
using StaticReader.Core.Markdown.Extensions.Annotations;
using StaticReader.Core.Markdown.Extensions.Passages;
using StaticReader.Core.Markdown.Extensions.Quotes;

namespace StaticReader.Core.Markdown;

/// <summary>
/// Renders a page body passage by passage: each top-level block in a <c>div.passage</c> with its id, its
/// quoted excerpt's attribution as a caption, its notes in an <c>aside</c> right after it (margin notes
/// with CSS, a plain list of notes without), and a permalink.
/// </summary>
public sealed class PageHtmlWriter
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly MarkdownPipeline pipeline;
    private readonly StringWriter body;
    private readonly ReusableHtmlRenderer renderer;

    // The body writer and its renderer are kept per thread and reset for the next page: a fresh writer grew its buffer
    // chunk by chunk on every page, and a renderer costs a pipeline setup.
    [ThreadStatic]
    private static (MarkdownPipeline Pipeline, StringWriter Body, ReusableHtmlRenderer Renderer)? reused;
    private readonly StringWriter captionBuffer = new();
    private HtmlRenderer? captionRenderer; // made on the first quote: most pages have none, and a renderer costs a setup
    private readonly HashSet<Footnote> writtenNotes = [];
    private readonly List<Footnote> headingNotes = []; // notes of a heading, written beside the passage that follows it

    /// <summary>Creates a writer for one page (renderers are not thread-safe; a thread writes one page at a time).</summary>
    public PageHtmlWriter(MarkdownPipeline pipeline)
    {
        this.pipeline = pipeline;
        if (reused is { } kept && ReferenceEquals(kept.Pipeline, pipeline))
        {
            (body, renderer) = (kept.Body, kept.Renderer);
            renderer.ResetForNextPage(); // empties the body and forgets the last page's indent and line state
            return;
        }

        body = new StringWriter();
        renderer = new ReusableHtmlRenderer(body);
        pipeline.Setup(renderer);
        reused = (pipeline, body, renderer);
    }

    /// <summary>The attributions of the quoted excerpts written so far: caption HTML and passage id.</summary>
    public List<(string Html, string PassageId)> QuoteCredits { get; } = [];

    /// <summary>Renders the whole document and returns the HTML, encoded as UTF-8.</summary>
    public byte[] Write(MarkdownDocument document, IReadOnlyList<Passage> passages, IReadOnlyDictionary<Footnote, string> anchors, bool hasNotes = true)
    {
        var byBlock = passages.ToDictionary(p => p.Block);
        foreach (var block in document)
        {
            if (block is FootnoteGroup)
            {
                continue;
            }

            if (!byBlock.TryGetValue(block, out var passage))
            {
                renderer.Render(block);
                if (hasNotes)
                {
                    AddNewNotes(block, headingNotes);
                }

                continue;
            }

            renderer.Write("<div class=\"passage\" id=\"").WriteEscape(passage.Id).Write("\">\n");
            if (block is QuoteBlock quote && QuoteAttribution.Find(quote) is { } attribution)
            {
                WriteQuote(quote, attribution, passage.Id);
            }
            else
            {
                renderer.Render(block);
            }

            if (hasNotes)
            {
                WriteNotes(block, anchors);
            }
            renderer.Write("<a class=\"permalink\" href=\"#").WriteEscape(passage.Id)
                .Write("\" aria-label=\"Link to this passage\">¶</a>\n</div>\n");
        }

        if (headingNotes.Count > 0)
        {
            WriteAside(headingNotes, anchors); // a heading with a note and no passage after it
        }

        renderer.Writer.Flush();
        return Utf8Of(body.GetStringBuilder());
    }

    /// <summary>
    /// The UTF-8 bytes of the builder's text, encoded chunk by chunk: the page's HTML as a string would be the largest
    /// allocation of its conversion, made only to be encoded and dropped.
    /// </summary>
    private static byte[] Utf8Of(System.Text.StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Length > 0 && char.IsHighSurrogate(chunk.Span[^1]))
            {
                return Utf8.GetBytes(text.ToString()); // a pair split between two chunks: encode it whole, as one string
            }

            count += Utf8.GetByteCount(chunk.Span);
        }

        var bytes = new byte[count];
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += Utf8.GetBytes(chunk.Span, bytes.AsSpan(written));
        }

        return bytes;
    }

    private void WriteQuote(QuoteBlock quote, ParagraphBlock attribution, string passageId)
    {
        if (captionRenderer is null)
        {
            captionRenderer = new HtmlRenderer(captionBuffer);
            pipeline.Setup(captionRenderer);
        }

        captionBuffer.GetStringBuilder().Clear();
        captionRenderer.WriteLeafInline(attribution);
        captionRenderer.Writer.Flush();
        var caption = captionBuffer.ToString().Trim();
        QuoteCredits.Add((caption, passageId));

        renderer.Write("<figure class=\"quote\">\n<blockquote>\n");
        foreach (var child in quote)
        {
            if (!ReferenceEquals(child, attribution))
            {
                renderer.Render(child);
            }
        }

        renderer.Write("</blockquote>\n<figcaption>").Write(caption).Write("</figcaption>\n</figure>\n");
    }

    /// <summary>Writes the notes of the headings before <paramref name="block"/>, then its own, beside it.</summary>
    private void WriteNotes(Block block, IReadOnlyDictionary<Footnote, string> anchors)
    {
        AddNewNotes(block, headingNotes);
        if (headingNotes.Count > 0)
        {
            WriteAside(headingNotes, anchors);
            headingNotes.Clear();
        }
    }

    /// <summary>
    /// Adds to <paramref name="notes"/> the notes first referenced in <paramref name="block"/>, in order: a note referenced
    /// again, there or later, is written once, beside its first reference.
    /// </summary>
    private void AddNewNotes(Block block, List<Footnote> notes)
    {
        foreach (var link in Syntax.InlinesOf<FootnoteLink>(block))
        {
            if (!link.IsBackLink && writtenNotes.Add(link.Footnote))
            {
                notes.Add(link.Footnote);
            }
        }
    }

    private void WriteAside(List<Footnote> notes, IReadOnlyDictionary<Footnote, string> anchors)
    {
        renderer.Write("<aside class=\"notes\" aria-label=\"Notes\">\n");
        foreach (var note in notes)
        {
            var id = AnnotationIds.Of(note);
            renderer.Write("<div class=\"note\" id=\"note-").Write(id).Write('"');
            if (anchors.TryGetValue(note, out var anchor))
            {
                renderer.Write(" data-anchor=\"").Write(anchor).Write('"');
            }

            renderer.Write("><span class=\"note-number\">").Write(note.Order.ToString(CultureInfo.InvariantCulture)).Write("</span>");
            foreach (var child in note)
            {
                renderer.Render(child);
            }

            renderer.Write("<a class=\"note-back\" href=\"#ref-").Write(id).Write("\" aria-label=\"Back to the text\">↩</a></div>\n");
        }

        renderer.Write("</aside>\n");
    }
}
