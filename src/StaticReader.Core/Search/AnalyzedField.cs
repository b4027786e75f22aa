namespace StaticReader.Core.Search;

/// <summary>One field of one document after lunr's tokenizer and pipeline.</summary>
/// <param name="Terms">The distinct terms, in the order they first occur.</param>
/// <param name="Counts">How often each term occurs (its term frequency); parallel to <paramref name="Terms"/>.</param>
/// <param name="Length">The field length lunr records: the number of terms, repeats included.</param>
internal sealed record AnalyzedField(string[] Terms, int[] Counts, int Length);
