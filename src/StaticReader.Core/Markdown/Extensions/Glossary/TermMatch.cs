using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Glossary;

/// <summary>A term name found in a text: where it starts, how long it is, and which term it names.</summary>
public readonly record struct TermMatch(int Start, int Length, PageEntry Term);
