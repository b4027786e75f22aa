using StaticReader.Core.Content;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Rendering;

/// <summary>
/// The page listing the texts, <c>/texts/</c>: generated while the texts live under it (a site that moves them, e.g. to
/// <c>/read/:slug/</c>, has no <c>/texts/</c> at all), and only by a theme that has a <c>texts</c> layout.
/// </summary>
public static class TextsIndex
{
    /// <summary>True when the collection's breadcrumb may link its index page: every collection but a moved texts.</summary>
    public static bool Lists(Collection collection) =>
        collection.IndexPath is { } path &&
        (collection.Name != BuiltInCollections.Texts.Name || collection.UrlPattern.StartsWith(path, StringComparison.Ordinal));

    /// <summary>True when this build writes <c>/texts/</c>.</summary>
    public static bool Generated(SiteIndex index, Func<string, bool> hasLayout) =>
        hasLayout("texts") && index.Config.CollectionNamed(BuiltInCollections.Texts.Name) is { } texts && Lists(texts) &&
        !index.Pages.Any(p => p.OutputPath == "texts/index.html");
}
