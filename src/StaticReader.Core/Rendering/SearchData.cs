using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticReader.Core.Content;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown;
using StaticReader.Core.Search;

namespace StaticReader.Core.Rendering;

/// <summary>
/// The search files: <c>search/index.json</c> (a lunr 2.3.9 index that <c>lunr.Index.load</c> accepts) and
/// <c>search/docs.json</c> (ref → title, url, kind, summary, aliases, text for snippets). Terms and pages are
/// one document each; texts and explainers are one document for the page and one per passage, so a
/// search can land on the exact paragraph.
/// </summary>
public static class SearchData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Builds both files from the converted pages, in site order.</summary>
    public static IReadOnlyList<RenderedFile> Build(IReadOnlyList<ConvertedPage> pages)
    {
        var documents = new List<(SearchDocument Document, string Kind, string Url)>();
        foreach (var page in pages)
        {
            var entry = page.Page;
            var aliases = string.Join(' ', entry.Document.FrontMatter.Aliases);
            if (entry.Kind is ContentKind.Text or ContentKind.Explainer)
            {
                documents.Add((new SearchDocument(entry.Url, entry.Title, aliases, entry.Summary, ""), TemplateModels.KindName(entry.Kind), entry.Url));
                foreach (var (id, text) in page.Passages)
                {
                    var url = entry.Url + "#" + id;
                    documents.Add((new SearchDocument(url, entry.Title, "", "", text), "passage", url));
                }
            }
            else
            {
                var body = string.Join('\n', page.Passages.Select(p => p.Text));
                documents.Add((new SearchDocument(entry.Url, entry.Title, aliases, entry.Summary, body), TemplateModels.KindName(entry.Kind), entry.Url));
            }
        }

        var index = LunrIndexBuilder.Build(documents.Select(d => d.Document).ToList());
        return
        [
            new RenderedFile("search/index.json", LunrIndexSerializer.ToJson(index)),
            new RenderedFile("search/docs.json", Docs(documents)),
        ];
    }

    private static string Docs(List<(SearchDocument Document, string Kind, string Url)> documents)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var (document, kind, url) in documents)
            {
                writer.WriteStartObject(document.Ref);
                writer.WriteString("title", document.Title);
                writer.WriteString("url", url);
                writer.WriteString("kind", kind);
                writer.WriteString("summary", document.Summary);
                writer.WriteString("aliases", document.Aliases);
                writer.WriteString("text", document.Body);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
