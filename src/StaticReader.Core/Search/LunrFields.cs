namespace StaticReader.Core.Search;

/// <summary>The fields StaticReader indexes, in lunr's order, with their build-time boosts.</summary>
internal static class LunrFields
{
    /// <summary>Field names, in the order they are declared to lunr.</summary>
    public static readonly string[] Names = ["title", "aliases", "summary", "body"];

    /// <summary>Field boosts, parallel to <see cref="Names"/>.</summary>
    public static readonly double[] Boosts = [10, 5, 2, 1];

    /// <summary>The number of fields.</summary>
    public const int Count = 4;

    /// <summary>The text of field <paramref name="field"/> of <paramref name="document"/> (null becomes empty, as in lunr).</summary>
    public static string TextOf(SearchDocument document, int field) => field switch
    {
        0 => document.Title,
        1 => document.Aliases,
        2 => document.Summary,
        _ => document.Body,
    } ?? "";
}
