using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace StaticReader.Core.Search;

/// <summary>
/// Builds the lunr 2.3.9 index of StaticReader's search, the same index (and so, through
/// <see cref="LunrIndexSerializer"/>, the same JSON) that <c>lunr(function () { ... })</c> builds
/// with fields title (boost 10), aliases (5), summary (2) and body (1), ref <c>ref</c>, the
/// default pipeline (trimmer, stopWordFilter, stemmer) and search pipeline (stemmer).
/// </summary>
public static class LunrIndexBuilder
{
    /// <summary>The lunr version whose index this builder reproduces.</summary>
    public const string LunrVersion = "2.3.9";

    private static readonly ImmutableArray<string> SearchPipeline = ["stemmer"];

    /// <summary>
    /// Indexes <paramref name="documents"/>, in order. A pure function: the same documents give
    /// the same index. Documents sharing a <see cref="SearchDocument.Ref"/> are handled as lunr
    /// handles them (the first keeps its place, the last its field data). <paramref name="cancel"/> stops it between
    /// chunks of documents and between its phases (serve's newer edit).
    /// </summary>
    public static LunrIndex Build(IReadOnlyList<SearchDocument> documents, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(documents);

        DocumentRefs refs = DocumentRefs.Create(documents);
        DocumentAnalysis analysis = DocumentAnalysis.Run(documents, cancel);
        cancel.ThrowIfCancellationRequested();
        AnalyzedField[][] analyzed = analysis.Fields;
        var indexer = new TermIndexer();
        int[][][] termIndexes = indexer.IndexAll(analysis, refs);
        cancel.ThrowIfCancellationRequested();
        double[] averageFieldLengths = AverageFieldLengths(analyzed, refs);
        double[] idfs = Idfs(indexer, refs, documents.Count);
        LunrFieldVector[] vectors = FieldVectors(analyzed, termIndexes, refs, averageFieldLengths, idfs);
        cancel.ThrowIfCancellationRequested();
        LunrPosting[] postings = Postings(indexer, refs);

        return new LunrIndex(
            LunrVersion,
            [.. LunrFields.Names],
            ImmutableCollectionsMarshal.AsImmutableArray(vectors),
            ImmutableCollectionsMarshal.AsImmutableArray(postings),
            SearchPipeline);
    }

    // Builder.calculateAverageFieldLengths: over distinct references, with the last document's lengths.
    private static double[] AverageFieldLengths(AnalyzedField[][] analyzed, DocumentRefs refs)
    {
        var averages = new double[LunrFields.Count];
        for (int f = 0; f < LunrFields.Count; f++)
        {
            long total = 0;
            foreach (int d in refs.LastDocumentOfSlot)
            {
                total += analyzed[d][f].Length;
            }

            averages[f] = (double)total / refs.Refs.Length;
        }

        return averages;
    }

    private static double[] Idfs(TermIndexer indexer, DocumentRefs refs, int documentCount)
    {
        var idfs = new double[indexer.Terms.Count];
        for (int t = 0; t < idfs.Length; t++)
        {
            int documentsWithTerm = 0;
            for (int f = 0; f < LunrFields.Count; f++)
            {
                documentsWithTerm += indexer.Posting(t, f).Length;
            }

            idfs[t] = Bm25.Idf(documentsWithTerm, documentCount);
        }

        return idfs;
    }

    // Builder.createFieldVectors: one vector per reference and field, entries ordered by _index.
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LunrFieldVector[] FieldVectors(
        AnalyzedField[][] analyzed, int[][][] termIndexes, DocumentRefs refs, double[] averageFieldLengths, double[] idfs)
    {
        var vectors = new LunrFieldVector[refs.Refs.Length * LunrFields.Count];
        Parallel.For(0, refs.Refs.Length, slot =>
        {
            int d = refs.LastDocumentOfSlot[slot];
            for (int f = 0; f < LunrFields.Count; f++)
            {
                AnalyzedField field = analyzed[d][f];
                // Sorted in place and kept by the vector: nothing reads the term indexes after this (each slot's last
                // document is its own), so a copy of them all would only be more to allocate and collect.
                int[] indexes = termIndexes[d][f];
                var scores = new double[indexes.Length];
                for (int k = 0; k < indexes.Length; k++)
                {
                    scores[k] = Bm25.Score(idfs[indexes[k]], field.Counts[k], field.Length, averageFieldLengths[f], LunrFields.Boosts[f]);
                }

                Array.Sort(indexes, scores);
                vectors[(slot * LunrFields.Count) + f] = new LunrFieldVector(
                    LunrFields.Names[f],
                    refs.Refs[slot],
                    ImmutableCollectionsMarshal.AsImmutableArray(indexes),
                    ImmutableCollectionsMarshal.AsImmutableArray(scores));
            }
        });
        return vectors;
    }

    // Index.toJSON: terms sorted by UTF-16 code units; references in JavaScript property order.
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LunrPosting[] Postings(TermIndexer indexer, DocumentRefs refs)
    {
        string[] sortedTerms = [.. indexer.Terms];
        int[] order = new int[sortedTerms.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(sortedTerms, order, StringComparer.Ordinal);

        var postings = new LunrPosting[order.Length];
        Parallel.For(0, order.Length, i =>
        {
            int t = order[i];
            var byField = new ImmutableArray<string>[LunrFields.Count];
            for (int f = 0; f < LunrFields.Count; f++)
            {
                byField[f] = RefsInPropertyOrder(indexer.Posting(t, f), refs);
            }

            postings[i] = new LunrPosting(sortedTerms[i], t, ImmutableCollectionsMarshal.AsImmutableArray(byField));
        });

        return postings;
    }

    private static ImmutableArray<string> RefsInPropertyOrder(ReadOnlySpan<int> slots, DocumentRefs refs)
    {
        if (slots.IsEmpty)
        {
            return [];
        }

        var result = new string[slots.Length];
        uint[]? arrayIndexes = refs.ArrayIndexOfSlot;
        if (arrayIndexes is null)
        {
            for (int i = 0; i < slots.Length; i++)
            {
                result[i] = refs.Refs[slots[i]];
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(result);
        }

        // Array-index keys first, ascending by value; then the rest in insertion order.
        var ordered = slots.ToArray();
        var keys = new ulong[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            uint value = arrayIndexes[ordered[i]];
            keys[i] = value == uint.MaxValue ? (1UL << 32) + (ulong)i : value;
        }

        Array.Sort(keys, ordered);
        for (int i = 0; i < ordered.Length; i++)
        {
            result[i] = refs.Refs[ordered[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }
}
