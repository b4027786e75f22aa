using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticReader.Core.Content;
using StaticReader.Core.Markdown;
using StaticReader.Core.Output;
using StaticReader.Core.Search;

namespace StaticReader.Core.Rendering;

/// <summary>
/// The search files. By default the sharded index of <see cref="ShardedIndexBuilder"/>; with <c>search: lunr</c>,
/// <c>search/index.json</c> (a lunr 2.3.9 index that <c>lunr.Index.load</c> accepts) and
/// <c>search/docs.json</c> (ref → title, url, kind, summary, aliases, and the page's passages as
/// <c>[id, text]</c> pairs). One lunr document per page keeps the index small (a document per passage made it
/// fifteen times larger); the client picks the passages that hold the matched words and links to them.
/// </summary>
public static class SearchData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// Builds the search files from the converted pages, in site order, and writes them into <paramref name="sink"/>.
    /// Cancelling <paramref name="cancel"/> stops it while the index is built or, for the sharded index, between files:
    /// the files are named by their content and the meta file that names them is written last, so a served folder
    /// still answers with the old index, whole, until a later rebuild writes the new one.
    /// </summary>
    public static void Write(IReadOnlyList<ConvertedPage> pages, IOutputSink sink, SearchFormat format = SearchFormat.Sharded, CancellationToken cancel = default)
    {
        var documents = new SearchDocument[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            var entry = pages[i].Page;
            var body = string.Join('\n', pages[i].Passages.Select(p => p.Text));
            documents[i] = new SearchDocument(entry.Url, entry.Title, string.Join(' ', entry.Document.FrontMatter.Aliases), entry.Summary, body);
        });

        var index = LunrIndexBuilder.Build(documents, cancel);
        cancel.ThrowIfCancellationRequested();
        if (format == SearchFormat.Sharded)
        {
            var fragments = pages.Select(page => new SearchFragment(
                page.Page.Url, page.Page.Title, page.Page.Collection.Kind, page.Page.Summary,
                string.Join(' ', page.Page.Document.FrontMatter.Aliases), page.Passages)).ToList();
            var inPlace = sink as InPlaceSink;
            var current = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            try
            {
                ShardedIndexBuilder.Write(index, fragments, file => WriteShardFile(file, sink, inPlace, current, cancel));
            }
            catch (AggregateException ex) when (cancel.IsCancellationRequested && ex.Flatten().InnerExceptions.All(e => e is OperationCanceledException))
            {
                throw new OperationCanceledException(cancel); // from the fragments' parallel loop
            }

            if (inPlace is not null)
            {
                RemoveStale(inPlace.Root, current);
            }

            return;
        }

        // Both are written in many small pieces, and the sink's streams are unbuffered.
        using (var stream = new BufferedStream(sink.Create("search/index.json"), 1 << 16))
        {
            LunrIndexSerializer.WriteTo(index, stream);
        }

        using (var stream = new BufferedStream(sink.Create("search/docs.json"), 1 << 16))
        {
            WriteDocs(pages, stream);
        }
    }

    // One file of the sharded index; a newer edit (serve) stops the write here, before meta.json names any new file.
    private static void WriteShardFile(SearchFile file, IOutputSink sink, InPlaceSink? inPlace, System.Collections.Concurrent.ConcurrentDictionary<string, bool> current, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        current.TryAdd(file.Path, true);

        // Under serve (in place), a file named by its content hash that is already there is already right:
        // an edit rewrites only the shards, table chunks and fragments whose content it changed.
        if (inPlace is not null && !file.Path.EndsWith("/meta.json", StringComparison.Ordinal)
            && File.Exists(Path.Combine(inPlace.Root, file.Path)))
        {
            return;
        }

        using var stream = sink.Create(file.Path);
        stream.Write(file.Content.Span);
    }

    // Serve's folder must equal a fresh build: content-hashed files the new index no longer names are deleted.
    private static void RemoveStale(string root, System.Collections.Concurrent.ConcurrentDictionary<string, bool> current)
    {
        foreach (var folder in new[] { "p", "d", "r", "f" })
        {
            var dir = Path.Combine(root, "search", folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir))
            {
                if (!current.ContainsKey($"search/{folder}/{Path.GetFileName(file)}"))
                {
                    File.Delete(file);
                }
            }
        }
    }

    private static void WriteDocs(IReadOnlyList<ConvertedPage> pages, Stream stream)
    {
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            foreach (var page in pages)
            {
                var entry = page.Page;
                writer.WriteStartObject(entry.Url);
                writer.WriteString("title", entry.Title);
                writer.WriteString("url", entry.Url);
                writer.WriteString("kind", entry.Collection.Kind);
                writer.WriteString("summary", entry.Summary);
                writer.WriteString("aliases", string.Join(' ', entry.Document.FrontMatter.Aliases));
                writer.WriteStartArray("passages");
                foreach (var (id, text) in page.Passages)
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(id);
                    writer.WriteStringValue(text);
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }
    }
}
