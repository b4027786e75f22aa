namespace StaticReader.Core.Emit;

/// <summary>What an emitter is asked to write: everything, nothing, or the output of some content pages (by slug).</summary>
/// <param name="Everything">True for a full build.</param>
/// <param name="Slugs">The content pages in scope when <paramref name="Everything"/> is false.</param>
public sealed record EmitScope(bool Everything, IReadOnlySet<string> Slugs)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Every file the emitter writes.</summary>
    public static EmitScope All { get; } = new(true, None);

    /// <summary>No file at all.</summary>
    public static EmitScope Nothing { get; } = new(false, None);

    /// <summary>The files of these content pages.</summary>
    public static EmitScope Pages(IEnumerable<string> slugs) => new(false, slugs.ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Cancelled when the files are no longer wanted now: serve cancels the rest of an edit's rebuild when a newer edit
    /// arrives. An emitter that runs long may stop early (throwing <see cref="OperationCanceledException"/>) as long as
    /// what it leaves is consistent, old files with old; the files in scope are then written by the next rebuild.
    /// </summary>
    public CancellationToken Cancel { get; init; }

    /// <summary>True when nothing is in scope.</summary>
    public bool IsEmpty => !Everything && Slugs.Count == 0;

    /// <summary>True when the page with <paramref name="slug"/> is in scope.</summary>
    public bool Includes(string slug) => Everything || Slugs.Contains(slug);

    /// <summary>
    /// The part of this scope that is one page's own output. Whole-site outputs (a search index) are not split: they
    /// belong to <see cref="Without"/>.
    /// </summary>
    public EmitScope Only(string slug) => !Everything && Slugs.Contains(slug) ? Pages([slug]) : Nothing;

    /// <summary>What this scope or <paramref name="other"/> holds.</summary>
    public EmitScope Union(EmitScope other) =>
        Everything || other.IsEmpty ? this : other.Everything || IsEmpty ? other : Pages(Slugs.Concat(other.Slugs));

    /// <summary>This scope less <see cref="Only"/>.</summary>
    public EmitScope Without(string slug) => Everything ? this : Pages(Slugs.Where(s => s != slug));
}
