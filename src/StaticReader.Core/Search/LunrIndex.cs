using System.Collections.Immutable;

namespace StaticReader.Core.Search;

/// <summary>
/// A lunr 2.3.9 index, held in the order lunr's <c>Index.toJSON</c> serializes it:
/// <see cref="LunrIndexSerializer"/> writes it out as it is.
/// </summary>
/// <param name="Version">The lunr version the index is built for (<c>"2.3.9"</c>).</param>
/// <param name="Fields">The indexed field names, in lunr's order.</param>
/// <param name="FieldVectors">One vector per document field, in the order lunr builds them (documents in order, fields in order).</param>
/// <param name="InvertedIndex">One posting per term, sorted by term in UTF-16 code-unit order as lunr's <c>toJSON</c> sorts them.</param>
/// <param name="Pipeline">The labels of the search pipeline's functions (<c>["stemmer"]</c>).</param>
public sealed record LunrIndex(
    string Version,
    ImmutableArray<string> Fields,
    ImmutableArray<LunrFieldVector> FieldVectors,
    ImmutableArray<LunrPosting> InvertedIndex,
    ImmutableArray<string> Pipeline);
