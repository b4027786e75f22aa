using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown;

namespace StaticReader.Core.Rendering;

/// <summary>
/// The preview file of one content page, <c>previews/&lt;slug&gt;.json</c>, which the client fetches the first time a
/// reader points at a link to that page: its title, URL, kind and summary, its related terms, its figures, and each passage's plain
/// text with the links inside it (slug, start, length, in UTF-16 code units as JavaScript counts them) and the URLs of
/// those links' targets. Fetched on demand, so a page no longer carries the data of every page it links to.
/// </summary>
public static class PreviewFiles
{
    /// <summary>How preview files are encoded: every script as itself, since previews quote the page's text.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The output path of a page's preview file.</summary>
    public static string PathOf(string slug) => "previews/" + slug + ".json";

    /// <summary>Writes the preview file of <paramref name="page"/> to <paramref name="writer"/>.</summary>
    public static void Write(SiteIndex index, ConvertedPage page, Utf8JsonWriter writer)
    {
        var entry = page.Page;
        writer.WriteStartObject();
        writer.WriteString("slug", entry.Slug);
        writer.WriteString("title", entry.Title);
        writer.WriteString("url", entry.Url);
        writer.WriteString("kind", entry.Collection.Kind);
        writer.WriteString("termKind", entry.Document.FrontMatter.TermKind ?? "");
        writer.WriteString("summary", entry.Summary);

        writer.WriteStartArray("related");
        foreach (var related in entry.Document.FrontMatter.Related.Select(index.Resolve).OfType<PageEntry>())
        {
            writer.WriteStartArray();
            writer.WriteStringValue(related.Slug);
            writer.WriteStringValue(related.Title);
            writer.WriteStringValue(related.Url);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();

        // Targets are written once, after the passages that link to them, in the order first met (deterministic).
        var targets = new List<PageEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A link to a figure (#fig-…) previews it: its number and what it shows. Written only by pages that have figures.
        if (page.Figures.Count > 0)
        {
            writer.WriteStartObject("figures");
            foreach (var figure in page.Figures)
            {
                writer.WriteStartArray(figure.Id);
                writer.WriteStringValue("Figure " + figure.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteStringValue(figure.Text);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteStartObject("passages");
        for (var i = 0; i < page.Passages.Count; i++)
        {
            var (id, text) = page.Passages[i];
            writer.WriteStartArray(id);
            writer.WriteStringValue(text);
            foreach (var (slug, start, length) in i < page.PassageLinks.Count ? page.PassageLinks[i] : [])
            {
                if (start + length > text.Length || !index.BySlug.TryGetValue(slug, out var target))
                {
                    continue; // a passage kept only the start of its text: its later links have no words to sit on
                }

                if (seen.Add(slug))
                {
                    targets.Add(target);
                }

                writer.WriteStartArray();
                writer.WriteStringValue(slug);
                writer.WriteNumberValue(start);
                writer.WriteNumberValue(length);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("targets");
        foreach (var target in targets)
        {
            writer.WriteString(target.Slug, target.Url);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
