using System.Security.Cryptography;

namespace StaticReader.Core.Search;

/// <summary>
/// The default search data: a lunr index cut into files a browser fetches only as a query needs them, from which
/// <c>theme/assets/js/search-engine.js</c> computes lunr's own results (same documents, order and scores):
/// <list type="bullet">
/// <item><c>search/meta.json</c>, always loaded and small: fields, boosts, the search pipeline, the document count,
/// the directories of the files below (first term and content hash of each), and the glossary terms' titles and
/// aliases (for the UI's terms-first ranking). Its name is fixed because every page links it; every other file is
/// named by its content hash, so it can be cached for good.</item>
/// <item><c>search/p/&lt;hash&gt;.json</c>, postings shards of about <see cref="ShardBytes"/>: sorted terms, front-coded
/// (<c>[shared prefix length, rest]</c>), each with its lunr <c>_index</c> and, per field, document-number deltas and
/// lunr's stored weight × 1000. The directory lists each shard as <c>[first term, hash]</c>, or
/// <c>[first term, hash, 1]</c> when the shard holds that one term alone (a term whose postings pass the size by
/// themselves): the client then knows what the shard holds without fetching it, so a word or prefix that is not there
/// costs no download.</item>
/// <item><c>search/d/&lt;hash&gt;.json</c>, dictionary buckets (the terms alone, front-coded), fetched for fuzzy and
/// leading-wildcard queries so that lunr's <c>TokenSet</c> expands them.</item>
/// <item><c>search/r/&lt;hash&gt;.json</c>, the document table in chunks of <see cref="TableChunk"/>: reference, title and
/// fragment hash of each document number.</item>
/// <item><c>search/f/&lt;hash&gt;.json</c>, one fragment per page (<see cref="SearchFragment"/>).</item>
/// </list>
/// Since lunr 2.3 a document's score is, per field, the dot product of the query vector with the field vector
/// divided by the query vector's norm; the field vector's entries are exactly the weights stored here.
/// </summary>
public static class ShardedIndexBuilder
{
    /// <summary>The size a postings shard grows to before the next one starts (one term's postings are never split).</summary>
    public const int ShardBytes = 20_000;

    /// <summary>The size of a dictionary bucket.</summary>
    public const int BucketBytes = 16_000;

    /// <summary>Documents per chunk of the document table.</summary>
    public const int TableChunk = 64;

    /// <summary>The format's version, written into the meta file.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// The files of the sharded index of <paramref name="index"/>, whose documents are <paramref name="fragments"/> in
    /// the same order (fragment i is the document with reference <c>fragments[i].Url</c>). A pure function.
    /// </summary>
    public static IReadOnlyList<SearchFile> Build(LunrIndex index, IReadOnlyList<SearchFragment> fragments)
        => Build(index, fragments, ShardBytes, BucketBytes);

    // Tests cut small shards and buckets, so that a small corpus has many boundaries and terms alone in their shards.
    internal static IReadOnlyList<SearchFile> Build(LunrIndex index, IReadOnlyList<SearchFragment> fragments, int shardBytes, int bucketBytes)
    {
        var files = new List<SearchFile>();
        Write(index, fragments, file =>
        {
            lock (files)
            {
                files.Add(file with { Content = file.Content.ToArray() }); // the fragments' bytes are lent, not given
            }
        }, shardBytes, bucketBytes);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// As <see cref="Build(LunrIndex, IReadOnlyList{SearchFragment})"/>, handing each file to <paramref name="write"/> as soon as it is made (from several threads,
    /// each path once), so that a large site's fragments are never all held in memory.
    /// </summary>
    public static void Write(LunrIndex index, IReadOnlyList<SearchFragment> fragments, Action<SearchFile> write)
        => Write(index, fragments, write, ShardBytes, BucketBytes);

    private static void Write(LunrIndex index, IReadOnlyList<SearchFragment> fragments, Action<SearchFile> write, int shardBytes, int bucketBytes)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(write);
        int fields = index.Fields.Length;
        int documents = index.FieldVectors.Length / Math.Max(1, fields);
        if (documents != fragments.Count)
        {
            throw new ArgumentException($"The index has {documents} documents and there are {fragments.Count} fragments: references must be unique.", nameof(fragments));
        }

        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        void Once(SearchFile file)
        {
            if (written.TryAdd(file.Path, true))
            {
                write(file);
            }
        }

        // The shards and buckets are made in term order, one after another; the fragments do not depend on them, so they
        // are made in parallel meanwhile rather than after (the serial part was a third of the search stage's time).
        var weights = FieldWeights.From(index, index.InvertedIndex.Length);
        var serial = Task.Run(() => (Postings(index, weights, fields, shardBytes, Once), Dictionary(index, bucketBytes, Once)));
        var fragmentHashes = new string[fragments.Count];
        try
        {
            Parallel.For(0, fragments.Count, i =>
            {
                ReadOnlyMemory<byte> content = FragmentJson(fragments[i]);
                fragmentHashes[i] = Hash(content.Span);
                Once(new SearchFile($"search/f/{fragmentHashes[i]}.json", content));
            });
        }
        catch
        {
            // Never return, even by an exception (a serve rebuild cancelled), while the shards are still being written.
            ((IAsyncResult)serial).AsyncWaitHandle.WaitOne();
            throw;
        }

        var (postings, dictionary) = serial.GetAwaiter().GetResult();
        var table = Table(index, fragments, fragmentHashes, fields, Once);

        // Last, so that a served folder never has a meta file pointing at files not written yet.
        Once(new SearchFile("search/meta.json", Meta(index, fragments, postings, dictionary, table)));
    }

    // Shards of whole terms: [[prefix, "rest", _index, f0, f1, …], …] with fi = 0 or [docDelta, weight, docDelta, weight, …].
    // lunr's _index orders a vector's entries, so the client adds up a score in lunr's order (ties then break as in lunr).
    private static List<(string First, string Hash, bool OneTerm)> Postings(LunrIndex index, FieldWeights weights, int fields, int shardBytes, Action<SearchFile> write)
    {
        var directory = new List<(string, string, bool)>();
        var shard = new MemoryStream();
        var writer = new JsonUtf8Writer(shard);
        string? first = null;
        string previous = "";
        int terms = 0;

        void Close()
        {
            writer.WriteByte((byte)']');
            writer.Dispose();
            var content = shard.ToArray();
            var hash = Hash(content);
            write(new SearchFile($"search/p/{hash}.json", content));
            directory.Add((first!, hash, terms == 1));
            shard = new MemoryStream();
            writer = new JsonUtf8Writer(shard);
            first = null;
            terms = 0;
        }

        foreach (var posting in index.InvertedIndex)
        {
            string term = posting.Term;
            writer.WriteByte(first is null ? (byte)'[' : (byte)',');
            int shared = first is null ? 0 : SharedPrefix(previous, term);
            first ??= term;
            writer.WriteByte((byte)'[');
            writer.WriteInt(shared);
            writer.WriteByte((byte)',');
            writer.WriteString(term.AsSpan(shared));
            writer.WriteByte((byte)',');
            writer.WriteInt(posting.TermIndex);
            for (int f = 0; f < fields; f++)
            {
                writer.WriteByte((byte)',');
                var (slotMemory, valueMemory) = weights.Of(posting.TermIndex, f, fields);
                ReadOnlySpan<int> slots = slotMemory.Span, values = valueMemory.Span;
                if (slots.IsEmpty)
                {
                    writer.WriteByte((byte)'0');
                    continue;
                }

                writer.WriteByte((byte)'[');
                int last = 0;
                for (int i = 0; i < slots.Length; i++)
                {
                    if (i > 0)
                    {
                        writer.WriteByte((byte)',');
                    }

                    writer.WriteInt(slots[i] - last);
                    last = slots[i];
                    writer.WriteByte((byte)',');
                    writer.WriteInt(values[i]);
                }

                writer.WriteByte((byte)']');
            }

            writer.WriteByte((byte)']');
            previous = term;
            terms++;
            if (writer.Written >= shardBytes)
            {
                Close();
            }
        }

        if (first is not null)
        {
            Close();
        }

        writer.Dispose();
        return directory;
    }

    // Buckets of terms alone: [prefix, "rest", prefix, "rest", …].
    private static List<(string First, string Hash)> Dictionary(LunrIndex index, int bucketBytes, Action<SearchFile> write)
    {
        var directory = new List<(string, string)>();
        var bucket = new MemoryStream();
        var writer = new JsonUtf8Writer(bucket);
        string? first = null;
        string previous = "";
        for (int i = 0; i < index.InvertedIndex.Length; i++)
        {
            string term = index.InvertedIndex[i].Term;
            writer.WriteByte(first is null ? (byte)'[' : (byte)',');
            int shared = first is null ? 0 : SharedPrefix(previous, term);
            first ??= term;
            writer.WriteInt(shared);
            writer.WriteByte((byte)',');
            writer.WriteString(term.AsSpan(shared));
            previous = term;
            if (writer.Written >= bucketBytes || i == index.InvertedIndex.Length - 1)
            {
                writer.WriteByte((byte)']');
                writer.Dispose();
                var content = bucket.ToArray();
                var hash = Hash(content);
                write(new SearchFile($"search/d/{hash}.json", content));
                directory.Add((first, hash));
                bucket = new MemoryStream();
                writer = new JsonUtf8Writer(bucket);
                first = null;
            }
        }

        writer.Dispose();
        return directory;
    }

    // Chunks of [[ref, title, fragment hash], …] by document number.
    private static List<string> Table(LunrIndex index, IReadOnlyList<SearchFragment> fragments, string[] fragmentHashes, int fields, Action<SearchFile> write)
    {
        var hashes = new List<string>();
        for (int start = 0; start < fragments.Count; start += TableChunk)
        {
            using var stream = new MemoryStream();
            using (var writer = new JsonUtf8Writer(stream))
            {
                writer.WriteByte((byte)'[');
                for (int d = start; d < Math.Min(start + TableChunk, fragments.Count); d++)
                {
                    writer.WriteRaw(d == start ? "["u8 : ",["u8);
                    writer.WriteString(index.FieldVectors[d * fields].Ref);
                    writer.WriteByte((byte)',');
                    writer.WriteString(fragments[d].Title);
                    writer.WriteByte((byte)',');
                    writer.WriteString(fragmentHashes[d]);
                    writer.WriteByte((byte)']');
                }

                writer.WriteByte((byte)']');
            }

            var content = stream.ToArray();
            var hash = Hash(content);
            write(new SearchFile($"search/r/{hash}.json", content));
            hashes.Add(hash);
        }

        return hashes;
    }

    // One stream per worker thread, emptied for each fragment: a new one would grow, by doubling, for each of them, and
    // its bytes would be copied once more into an array of their own (the fragments hold the site's whole text).
    [ThreadStatic]
    private static MemoryStream? fragmentStream;

    // The fragment's bytes, lent from this thread's stream until its next fragment.
    private static ReadOnlyMemory<byte> FragmentJson(SearchFragment fragment)
    {
        var stream = fragmentStream ??= new MemoryStream();
        stream.SetLength(0);
        using (var writer = new JsonUtf8Writer(stream))
        {
            writer.WriteRaw("{\"title\":"u8);
            writer.WriteString(fragment.Title);
            writer.WriteRaw(",\"url\":"u8);
            writer.WriteString(fragment.Url);
            writer.WriteRaw(",\"kind\":"u8);
            writer.WriteString(fragment.Kind);
            writer.WriteRaw(",\"summary\":"u8);
            writer.WriteString(fragment.Summary);
            writer.WriteRaw(",\"aliases\":"u8);
            writer.WriteString(fragment.Aliases);
            writer.WriteRaw(",\"passages\":["u8);
            for (int i = 0; i < fragment.Passages.Count; i++)
            {
                writer.WriteRaw(i == 0 ? "["u8 : ",["u8);
                writer.WriteString(fragment.Passages[i].Id);
                writer.WriteByte((byte)',');
                writer.WriteString(fragment.Passages[i].Text);
                writer.WriteByte((byte)']');
            }

            writer.WriteRaw("]}"u8);
        }

        return stream.GetBuffer().AsMemory(0, (int)stream.Length);
    }

    private static byte[] Meta(
        LunrIndex index, IReadOnlyList<SearchFragment> fragments,
        List<(string First, string Hash, bool OneTerm)> postings, List<(string First, string Hash)> dictionary, List<string> table)
    {
        using var stream = new MemoryStream();
        using (var writer = new JsonUtf8Writer(stream))
        {
            writer.WriteRaw("{\"format\":\"staticreader-sharded\",\"version\":"u8);
            writer.WriteInt(FormatVersion);
            writer.WriteRaw(",\"lunr\":"u8);
            writer.WriteString(index.Version);
            writer.WriteRaw(",\"fields\":["u8);
            for (int f = 0; f < index.Fields.Length; f++)
            {
                if (f > 0)
                {
                    writer.WriteByte((byte)',');
                }

                writer.WriteString(index.Fields[f]);
            }

            writer.WriteRaw("],\"boosts\":["u8);
            for (int f = 0; f < index.Fields.Length; f++)
            {
                if (f > 0)
                {
                    writer.WriteByte((byte)',');
                }

                writer.WriteNumber(f < LunrFields.Boosts.Length ? LunrFields.Boosts[f] : 1);
            }

            writer.WriteRaw("],\"pipeline\":["u8);
            for (int p = 0; p < index.Pipeline.Length; p++)
            {
                if (p > 0)
                {
                    writer.WriteByte((byte)',');
                }

                writer.WriteString(index.Pipeline[p]);
            }

            writer.WriteRaw("],\"analysis\":\"cjk-bigrams\",\"documents\":"u8);
            writer.WriteInt(fragments.Count);
            writer.WriteRaw(",\"tableChunk\":"u8);
            writer.WriteInt(TableChunk);
            WriteDirectory(writer, ",\"postings\":["u8, postings);
            WriteDirectory(writer, "],\"dictionary\":["u8, [.. dictionary.Select(d => (d.First, d.Hash, false))]);
            writer.WriteRaw("],\"table\":["u8);
            for (int i = 0; i < table.Count; i++)
            {
                if (i > 0)
                {
                    writer.WriteByte((byte)',');
                }

                writer.WriteString(table[i]);
            }

            // Glossary terms, for the UI's terms-first ranking (a term whose title or alias is the query comes first).
            writer.WriteRaw("],\"terms\":["u8);
            bool firstTerm = true;
            for (int d = 0; d < fragments.Count; d++)
            {
                if (fragments[d].Kind != "term")
                {
                    continue;
                }

                writer.WriteRaw(firstTerm ? "["u8 : ",["u8);
                firstTerm = false;
                writer.WriteInt(d);
                writer.WriteByte((byte)',');
                writer.WriteString(fragments[d].Title);
                writer.WriteByte((byte)',');
                writer.WriteString(fragments[d].Aliases);
                writer.WriteByte((byte)']');
            }

            // lunr lists references that are array indexes ("7") first, by value: the client needs them to keep lunr's order.
            writer.WriteRaw("],\"arrayIndexRefs\":["u8);
            bool firstRef = true;
            int fields = index.Fields.Length;
            for (int d = 0; d < fragments.Count; d++)
            {
                if (JavaScriptPropertyOrder.IsArrayIndex(index.FieldVectors[d * fields].Ref, out uint value))
                {
                    writer.WriteRaw(firstRef ? "["u8 : ",["u8);
                    firstRef = false;
                    writer.WriteInt(d);
                    writer.WriteByte((byte)',');
                    writer.WriteNumber(value);
                    writer.WriteByte((byte)']');
                }
            }

            writer.WriteRaw("]}"u8);
        }

        return stream.ToArray();
    }

    private static void WriteDirectory(JsonUtf8Writer writer, ReadOnlySpan<byte> key, List<(string First, string Hash, bool OneTerm)> directory)
    {
        writer.WriteRaw(key);
        for (int i = 0; i < directory.Count; i++)
        {
            writer.WriteRaw(i == 0 ? "["u8 : ",["u8);
            writer.WriteString(directory[i].First);
            writer.WriteByte((byte)',');
            writer.WriteString(directory[i].Hash);
            writer.WriteRaw(directory[i].OneTerm ? ",1]"u8 : "]"u8);
        }
    }

    private static int SharedPrefix(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        int i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..10];
}
