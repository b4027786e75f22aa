using System.Runtime.CompilerServices;

namespace StaticReader.Core.Search;

/// <summary>
/// A map from token text to an int, for <see cref="TermAnalyzer"/>'s cache: open addressing with
/// the hash and value stored inline and the keys copied into one char arena, so a lookup touches
/// two cache lines instead of a <see cref="Dictionary{TKey, TValue}"/>'s three. Looked up by span,
/// without allocating. Layout depends on a randomized hash; results never do.
/// </summary>
internal sealed class TokenTable
{
    private Slot[] slots = new Slot[1 << 12];
    private char[] arena = new char[1 << 16];
    private int arenaUsed;
    private int count;

    /// <summary>The value stored for <paramref name="key"/>, if any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        int hash = HashOf(key);
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref Slot slot = ref slots[i];
            if (slot.Hash == 0)
            {
                value = 0;
                return false;
            }

            if (slot.Hash == hash && key.SequenceEqual(arena.AsSpan(slot.KeyStart, slot.KeyLength)))
            {
                value = slot.Value;
                return true;
            }
        }
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/>, which must not be present yet.</summary>
    public void Add(ReadOnlySpan<char> key, int value)
    {
        if ((count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        if (arenaUsed + key.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaUsed + key.Length));
        }

        key.CopyTo(arena.AsSpan(arenaUsed));
        Insert(new Slot(HashOf(key), value, arenaUsed, key.Length));
        arenaUsed += key.Length;
        count++;
    }

    // Never 0: a 0 hash marks an empty slot.
    private static int HashOf(ReadOnlySpan<char> key) => string.GetHashCode(key) | 1;

    private void Insert(Slot slot)
    {
        int mask = slots.Length - 1;
        int i = slot.Hash & mask;
        while (slots[i].Hash != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = slot;
    }

    private void Grow()
    {
        Slot[] old = slots;
        slots = new Slot[old.Length * 2];
        foreach (Slot slot in old)
        {
            if (slot.Hash != 0)
            {
                Insert(slot);
            }
        }
    }

    private readonly record struct Slot(int Hash, int Value, int KeyStart, int KeyLength);
}
