namespace StaticReader.Core.Search;

/// <summary>
/// lunr's stored weights regrouped by term and field: for each term <c>_index</c> and field, the document slots
/// (ascending) whose field holds the term and the field vector's weight there, times 1000 (lunr rounds weights to
/// three decimals, so these are integers). Read from the field vectors, so they are the very numbers lunr scores with.
/// </summary>
internal sealed class FieldWeights
{
    private readonly int[] offsets;
    private readonly int[] slots;
    private readonly int[] weights;

    private FieldWeights(int[] offsets, int[] slots, int[] weights)
    {
        this.offsets = offsets;
        this.slots = slots;
        this.weights = weights;
    }

    /// <summary>Regroups the field vectors of <paramref name="index"/> (a counting sort, so slots stay ascending).</summary>
    public static FieldWeights From(LunrIndex index, int termCount)
    {
        int fields = index.Fields.Length;
        var offsets = new int[(termCount * fields) + 1];
        var vectors = index.FieldVectors;
        for (int v = 0; v < vectors.Length; v++)
        {
            int f = v % fields;
            foreach (int t in vectors[v].TermIndexes)
            {
                offsets[(t * fields) + f + 1]++;
            }
        }

        for (int k = 1; k < offsets.Length; k++)
        {
            offsets[k] += offsets[k - 1];
        }

        var next = offsets[..^1];
        var slots = new int[offsets[^1]];
        var weights = new int[offsets[^1]];
        for (int v = 0; v < vectors.Length; v++)
        {
            int slot = v / fields;
            int f = v % fields;
            var vector = vectors[v];
            for (int i = 0; i < vector.TermIndexes.Length; i++)
            {
                int at = next[(vector.TermIndexes[i] * fields) + f]++;
                slots[at] = slot;
                weights[at] = (int)Math.Round(vector.Scores[i] * 1000);
            }
        }

        return new FieldWeights(offsets, slots, weights);
    }

    /// <summary>The slots and weights (×1000) of one term's field.</summary>
    public (ReadOnlyMemory<int> Slots, ReadOnlyMemory<int> Weights) Of(int termIndex, int field, int fields)
    {
        int key = (termIndex * fields) + field;
        int start = offsets[key];
        int length = offsets[key + 1] - start;
        return (slots.AsMemory(start, length), weights.AsMemory(start, length));
    }
}
