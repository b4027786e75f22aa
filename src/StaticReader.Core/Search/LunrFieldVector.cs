using System.Collections.Immutable;

namespace StaticReader.Core.Search;

/// <summary>
/// The BM25 vector of one field of one document, serialized by lunr as
/// <c>["field/ref", [termIndex, score, termIndex, score, ...]]</c>.
/// </summary>
/// <param name="Field">The field name.</param>
/// <param name="Ref">The document reference.</param>
/// <param name="TermIndexes">The terms' <c>_index</c> values, ascending.</param>
/// <param name="Scores">The score of each term, rounded to three decimals as lunr rounds it; parallel to <paramref name="TermIndexes"/>.</param>
public sealed record LunrFieldVector(
    string Field,
    string Ref,
    ImmutableArray<int> TermIndexes,
    ImmutableArray<double> Scores);
