using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticReader.Core.Content;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.Citations;

namespace StaticReader.Core.Rendering;

/// <summary>
/// JSON-LD for search engines: <c>Article</c> for texts and explainers, <c>DefinedTerm</c> in a
/// <c>DefinedTermSet</c> for glossary terms, the set itself on the glossary index, <c>WebSite</c> on the home
/// page. HTML-sensitive characters are escaped so the JSON is safe inside its script data block.
/// </summary>
public static class StructuredData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>JSON-LD of a content page.</summary>
    /// <param name="index">The site index.</param>
    /// <param name="page">The page.</param>
    /// <param name="cited">The sources the page cites, written as its <c>citation</c> list.</param>
    public static string ForPage(SiteIndex index, PageEntry page, IReadOnlyList<CitedSource>? cited = null) => Write(writer =>
    {
        var url = SiteFeeds.Absolute(index, page.Url);
        switch (page.Collection)
        {
            case var collection when BuiltInCollections.IsSources(collection):
                WriteWork(writer, index, page);
                writer.WriteString("description", page.Summary);
                break;
            case { Terms: true }:
                writer.WriteString("@type", "DefinedTerm");
                writer.WriteString("name", page.Title);
                writer.WriteString("description", page.Summary);
                writer.WriteString("url", url);
                writer.WriteStartObject("inDefinedTermSet");
                WriteTermSetHeader(writer, index);
                writer.WriteEndObject();
                break;
            case { Feed: true } or { Sequence: true }:
                writer.WriteString("@type", "Article");
                writer.WriteString("headline", page.Title);
                writer.WriteString("description", page.Summary);
                writer.WriteString("url", url);
                if (page.Document.FrontMatter.Date is { } date)
                {
                    writer.WriteString("datePublished", date);
                }

                if (index.Config.Author.Length > 0)
                {
                    writer.WriteStartObject("author");
                    writer.WriteString("@type", "Organization");
                    writer.WriteString("name", index.Config.Author);
                    writer.WriteEndObject();
                }

                break;
            default:
                writer.WriteString("@type", "WebPage");
                writer.WriteString("name", page.Title);
                writer.WriteString("url", url);
                break;
        }

        if (cited is { Count: > 0 })
        {
            writer.WriteStartArray("citation");
            foreach (var source in cited)
            {
                writer.WriteStartObject();
                WriteWork(writer, index, source.Source);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    });

    /// <summary>A cited work as schema.org sees it: its type, name, authors, publisher, date and where to read it.</summary>
    private static void WriteWork(Utf8JsonWriter writer, SiteIndex index, PageEntry source)
    {
        var reference = source.Document.FrontMatter.Reference;
        writer.WriteString("@type", reference?.Type switch
        {
            "article" => "Article",
            "report" => "Report",
            "paper" => "ScholarlyArticle",
            "book" => "Book",
            "dataset" => "Dataset",
            "web" => "WebPage",
            _ => "CreativeWork",
        });
        writer.WriteString("name", source.Title);
        writer.WriteString("url", reference?.Link ?? SiteFeeds.Absolute(index, source.Url));
        if (reference is null)
        {
            return;
        }

        if (reference.Authors.Count > 0)
        {
            writer.WriteStartArray("author");
            foreach (var author in reference.Authors)
            {
                writer.WriteStartObject();
                writer.WriteString("@type", "Person");
                writer.WriteString("name", author);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (reference.Container is { } container)
        {
            writer.WriteStartObject("publisher");
            writer.WriteString("@type", "Organization");
            writer.WriteString("name", container);
            writer.WriteEndObject();
        }

        if (source.Document.FrontMatter.Date is { } date)
        {
            writer.WriteString("datePublished", date);
        }
    }

    /// <summary>JSON-LD of the glossary index: the whole term set.</summary>
    public static string ForGlossary(SiteIndex index) => Write(writer =>
    {
        WriteTermSetHeader(writer, index);
        writer.WriteStartArray("hasDefinedTerm");
        foreach (var term in index.Terms)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", "DefinedTerm");
            writer.WriteString("name", term.Title);
            writer.WriteString("description", term.Summary);
            writer.WriteString("url", SiteFeeds.Absolute(index, term.Url));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>JSON-LD of the home page.</summary>
    public static string ForHome(SiteIndex index) => Write(writer =>
    {
        writer.WriteString("@type", "WebSite");
        writer.WriteString("name", index.Config.Title);
        writer.WriteString("description", index.Config.Description);
        writer.WriteString("url", index.Config.BaseUrl);
    });

    private static void WriteTermSetHeader(Utf8JsonWriter writer, SiteIndex index)
    {
        writer.WriteString("@type", "DefinedTermSet");
        writer.WriteString("name", index.Config.Title + " glossary");
        writer.WriteString("url", index.Config.BaseUrl + "glossary/");
    }

    // One buffer and writer per thread, reset for each page: a stream, a writer and a copy of the bytes per page were
    // a tenth of the render stage's allocations.
    [ThreadStatic]
    private static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? perThread;

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var (buffer, writer) = perThread ??= NewWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WriteString("@context", "https://schema.org");
        body(writer);
        writer.WriteEndObject();
        writer.Flush();
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 1 << 20)
        {
            perThread = null; // one huge page does not keep its buffer for the rest of the build
        }

        return json;
    }

    private static (System.Buffers.ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }
}
