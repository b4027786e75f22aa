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

    /// <summary>The built-in collections, in site order.</summary>
    public static IReadOnlyList<Collection> All { get; } = [Texts, Glossary, Explainers, Pages];
}
