namespace StaticReader.Core.Content;

/// <summary>The collections of <c>input/</c>, each with its own folder, layout and URL shape.</summary>
public enum ContentKind
{
    /// <summary>An annotated source text: <c>input/texts/</c> → <c>/texts/slug/</c>.</summary>
    Text,

    /// <summary>A glossary term: <c>input/glossary/</c> → <c>/glossary/slug/</c>.</summary>
    Term,

    /// <summary>An explainer essay: <c>input/explainers/</c> → <c>/explainers/slug/</c>.</summary>
    Explainer,

    /// <summary>A standalone page such as about: <c>input/pages/</c> → <c>/slug/</c>.</summary>
    Page,
}
