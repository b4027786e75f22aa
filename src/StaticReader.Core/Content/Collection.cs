namespace StaticReader.Core.Content;

/// <summary>
/// A collection of content: a folder of <c>input/</c> and how its pages are addressed, rendered and linked. The reader's
/// own collections (texts, glossary, explainers, pages) are declared this way too (<see cref="BuiltInCollections.All"/>), and
/// <c>site.yml</c> may change them or add more under <c>collections:</c>.
/// </summary>
/// <param name="Name">The collection's name in <c>site.yml</c> and in layouts (<c>site.collections.&lt;name&gt;</c>).</param>
/// <param name="Folder">Its folder under <c>input/</c>.</param>
/// <param name="UrlPattern">The path of a page under the site root, with <c>{slug}</c>, e.g. <c>interviews/{slug}/</c>.</param>
/// <param name="Layout">The layout its pages use unless their front matter names another.</param>
/// <param name="Kind">The page kind layouts, search and previews see (<c>text</c>, <c>term</c>, <c>interview</c>…).</param>
/// <param name="Title">The collection's title, shown in breadcrumbs (e.g. <c>Interviews</c>).</param>
/// <param name="AutoLink">Whether glossary terms are auto-linked inside its pages.</param>
/// <param name="Sequence">Whether its pages form a reading sequence with previous/next links.</param>
/// <param name="Feed">Whether its pages are entries of <c>feed.xml</c>.</param>
/// <param name="Terms">Whether its pages are glossary terms: their titles and aliases auto-link, and each needs a summary.</param>
/// <param name="IndexPath">The path of the page that lists the collection (for breadcrumbs), or null when there is none.</param>
public sealed record Collection(
    string Name,
    string Folder,
    string UrlPattern,
    string Layout,
    string Kind,
    string Title,
    bool AutoLink,
    bool Sequence,
    bool Feed,
    bool Terms,
    string? IndexPath)
{
    /// <summary>The path of the page with <paramref name="slug"/> under the site root, e.g. <c>glossary/smr/</c>.</summary>
    public string PathOf(string slug) => UrlPattern.Replace("{slug}", slug, StringComparison.Ordinal);

    /// <summary>True when its pages sit at the site root (<c>{slug}/</c>), where they could collide with the site's own pages.</summary>
    public bool AtRoot => UrlPattern.StartsWith("{slug}", StringComparison.Ordinal);
}
