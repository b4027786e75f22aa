using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Rendering;

/// <summary>
/// The preview data a page embeds for the pages it links to (title, summary, URL, kind), so a preview
/// never needs a request. HTML-sensitive characters are escaped, so the JSON is safe inside a script block.
/// </summary>
public static class PreviewData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON object for <paramref name="slugs"/> (sorted, so output is deterministic).</summary>
    public static string Json(SiteIndex index, IReadOnlyList<string> slugs)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var slug in slugs)
            {
                if (!index.BySlug.TryGetValue(slug, out var page))
                {
                    continue;
                }

                writer.WriteStartObject(slug);
                writer.WriteString("title", page.Title);
                writer.WriteString("summary", page.Summary);
                writer.WriteString("url", page.Url);
                writer.WriteString("kind", page.Document.FrontMatter.TermKind ?? page.Collection.Kind);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
