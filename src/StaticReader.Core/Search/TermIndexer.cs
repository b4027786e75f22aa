namespace StaticReader.Core.Search;

/// <summary>
/// lunr's inverted index under construction: gives each term its <c>_index</c> in the order
/// <c>Builder.add</c> first meets it, and lists for each term and field the slots of the
/// documents that hold it, in document order, each reference once.
/// </summary>
internal sealed class TermIndexer
{
    private readonly Dictionary<string, int> indexOfTerm = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private int[] postingCounts = new int[1024 * LunrFields.Count];

    private int[] postingOffsets = [];
    private int[] postingSlots = [];

    /// <summary>The terms by <c>_index</c>.</summary>
    public IReadOnlyList<string> Terms => terms;

    /// <summary>
    /// Indexes the analyzed documents in order and returns, for each document and field, the
    /// <c>_index</c> of each of the field's terms (parallel to <see cref="AnalyzedField.Terms"/>).
    /// </summary>
    public int[][][] IndexAll(AnalyzedField[][] analyzed, DocumentRefs refs)
    {
        var termIndexes = new int[analyzed.Length][][];
        for (int d = 0; d < analyzed.Length; d++)
        {
            termIndexes[d] = new int[LunrFields.Count][];
            for (int f = 0; f < LunrFields.Count; f++)
            {
                string[] fieldTerms = analyzed[d][f].Terms;
                var indexes = new int[fieldTerms.Length];
                for (int k = 0; k < fieldTerms.Length; k++)
                {
                    int index = IndexOf(fieldTerms[k]);
                    indexes[k] = index;
                    postingCounts[(index * LunrFields.Count) + f]++;
                }

                termIndexes[d][f] = indexes;
            }
        }

        FillPostings(termIndexes, refs);
        return termIndexes;
    }

    /// <summary>The slots of the documents whose field <paramref name="field"/> holds term <paramref name="termIndex"/>.</summary>
    public ReadOnlySpan<int> Posting(int termIndex, int field)
    {
        int key = (termIndex * LunrFields.Count) + field;
        return postingSlots.AsSpan(postingOffsets[key], postingOffsets[key + 1] - postingOffsets[key]);
    }

    private int IndexOf(string term)
    {
        if (indexOfTerm.TryGetValue(term, out int index))
        {
            return index;
        }

        index = terms.Count;
        terms.Add(term);
        indexOfTerm.Add(term, index);
        if ((index + 1) * LunrFields.Count > postingCounts.Length)
        {
            Array.Resize(ref postingCounts, postingCounts.Length * 2);
        }

        return index;
    }

    // A counting sort of (term, field) → document slot, stable, so each list keeps document order.
    private void FillPostings(int[][][] termIndexes, DocumentRefs refs)
    {
        int keys = terms.Count * LunrFields.Count;
        postingOffsets = new int[keys + 1];
        for (int key = 0; key < keys; key++)
        {
            postingOffsets[key + 1] = postingOffsets[key] + postingCounts[key];
        }

        postingSlots = new int[postingOffsets[keys]];
        int[] next = postingOffsets[..keys];
        for (int d = 0; d < termIndexes.Length; d++)
        {
            int slot = refs.SlotOfDocument[d];
            for (int f = 0; f < LunrFields.Count; f++)
            {
                foreach (int index in termIndexes[d][f])
                {
                    postingSlots[next[(index * LunrFields.Count) + f]++] = slot;
                }
            }
        }

        if (refs.HasDuplicates)
        {
            RemoveRepeatedSlots(keys);
        }
    }

    // A reference added twice keeps its first place, as a JavaScript object key does.
    private void RemoveRepeatedSlots(int keys)
    {
        var seen = new HashSet<int>();
        int write = 0;
        int start = 0;
        for (int key = 0; key < keys; key++)
        {
            int end = postingOffsets[key + 1];
            seen.Clear();
            postingOffsets[key] = write;
            for (int i = start; i < end; i++)
            {
                if (seen.Add(postingSlots[i]))
                {
                    postingSlots[write++] = postingSlots[i];
                }
            }

            start = end;
        }

        postingOffsets[keys] = write;
    }
}
