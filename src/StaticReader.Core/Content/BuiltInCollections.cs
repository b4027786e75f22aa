namespace StaticReader.Core.Content;

/// <summary>The reader's own collections, declared as data like any collection a site adds.</summary>
public static class BuiltInCollections
{
    /// <summary>An annotated source text.</summary>
    public static Collection Texts { get; } =
        new("texts", "texts", "texts/{slug}/", "text", "text", "Texts", AutoLink: true, Sequence: true, Feed: true, Terms: false, IndexPath: "texts/");

    /// <summary>A glossary term.</summary>
    public static Collection Glossary { get; } =
        new("glossary", "glossary", "glossary/{slug}/", "term", "term", "Glossary", AutoLink: false, Sequence: false, Feed: false, Terms: true, IndexPath: "glossary/");

    /// <summary>An explainer essay.</summary>
    public static Collection Explainers { get; } =
        new("explainers", "explainers", "explainers/{slug}/", "explainer", "explainer", "Explainers", AutoLink: true, Sequence: true, Feed: true, Terms: false, IndexPath: "explainers/");

    /// <summary>A standalone page such as about, at the site root.</summary>
    public static Collection Pages { get; } =
        new("pages", "pages", "{slug}/", "page", "page", "Pages", AutoLink: false, Sequence: false, Feed: false, Terms: false, IndexPath: null);

    /// <summary>
    /// The works the site cites, one per key (<c>input/sources/&lt;key&gt;.md</c> or entries of CSL-JSON files there):
    /// cited with <c>[@key]</c>, never auto-linked, no reading sequence, not in the feed.
    /// </summary>
    public static Collection Sources { get; } =
        new("sources", "sources", "sources/{slug}/", "source", "source", "Sources", AutoLink: false, Sequence: false, Feed: false, Terms: false, IndexPath: "sources/");

    /// <summary>The built-in collections, in site order.</summary>
    public static IReadOnlyList<Collection> All { get; } = [Texts, Glossary, Explainers, Pages, Sources];

    /// <summary>True for the collection of cited works (the built-in <see cref="Sources"/>, however site.yml changed its settings).</summary>
    public static bool IsSources(Collection collection) => collection.Name == Sources.Name;
}
