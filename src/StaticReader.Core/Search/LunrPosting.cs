using System.Collections.Immutable;

namespace StaticReader.Core.Search;

/// <summary>
/// One entry of lunr's inverted index, serialized as
/// <c>["term", {"_index": n, "title": {"ref": {}}, ...}]</c>.
/// </summary>
/// <param name="Term">The indexed term (the output of lunr's pipeline; may be empty, as in lunr).</param>
/// <param name="TermIndex">The term's position in the vector space (<c>_index</c>): the order in which terms were first met.</param>
/// <param name="RefsByField">For each field, in <see cref="LunrIndex.Fields"/> order, the references of the
/// documents whose field holds the term, in JavaScript property order.</param>
public sealed record LunrPosting(
    string Term,
    int TermIndex,
    ImmutableArray<ImmutableArray<string>> RefsByField);
