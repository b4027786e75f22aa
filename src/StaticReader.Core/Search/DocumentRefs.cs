namespace StaticReader.Core.Search;

/// <summary>
/// The distinct document references, in the order lunr's objects keyed by reference keep
/// them (first insertion). When two documents share a reference, lunr keeps the first one's
/// place and the last one's field lengths and term frequencies; this table records both.
/// </summary>
internal sealed class DocumentRefs
{
    private DocumentRefs(string[] refs, int[] slotOfDocument, int[] lastDocumentOfSlot, uint[]? arrayIndexOfSlot)
    {
        Refs = refs;
        SlotOfDocument = slotOfDocument;
        LastDocumentOfSlot = lastDocumentOfSlot;
        ArrayIndexOfSlot = arrayIndexOfSlot;
    }

    /// <summary>The distinct references in first-occurrence order; a reference's position is its slot.</summary>
    public string[] Refs { get; }

    /// <summary>For each document, the slot of its reference.</summary>
    public int[] SlotOfDocument { get; }

    /// <summary>For each slot, the last document with that reference (the one lunr's field data comes from).</summary>
    public int[] LastDocumentOfSlot { get; }

    /// <summary>Whether some reference is used by more than one document.</summary>
    public bool HasDuplicates => Refs.Length != SlotOfDocument.Length;

    /// <summary>
    /// For each slot, the reference's value as a JavaScript array index, or <see cref="uint.MaxValue"/>
    /// when it is not one; null when no reference is an array index.
    /// </summary>
    public uint[]? ArrayIndexOfSlot { get; }

    /// <summary>Builds the table for <paramref name="documents"/>.</summary>
    public static DocumentRefs Create(IReadOnlyList<SearchDocument> documents)
    {
        var slots = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        var refs = new List<string>(documents.Count);
        var lastDocument = new List<int>(documents.Count);
        var slotOfDocument = new int[documents.Count];
        bool anyArrayIndex = false;
        for (int d = 0; d < documents.Count; d++)
        {
            string docRef = documents[d].Ref ?? throw new ArgumentException($"Search document {d} has no Ref.", nameof(documents));
            if (slots.TryGetValue(docRef, out int slot))
            {
                lastDocument[slot] = d;
            }
            else
            {
                slot = refs.Count;
                slots.Add(docRef, slot);
                refs.Add(docRef);
                lastDocument.Add(d);
                anyArrayIndex |= JavaScriptPropertyOrder.IsArrayIndex(docRef, out _);
            }

            slotOfDocument[d] = slot;
        }

        uint[]? arrayIndexOfSlot = null;
        if (anyArrayIndex)
        {
            arrayIndexOfSlot = new uint[refs.Count];
            for (int s = 0; s < refs.Count; s++)
            {
                arrayIndexOfSlot[s] = JavaScriptPropertyOrder.IsArrayIndex(refs[s], out uint value) ? value : uint.MaxValue;
            }
        }

        return new DocumentRefs([.. refs], slotOfDocument, [.. lastDocument], arrayIndexOfSlot);
    }
}
