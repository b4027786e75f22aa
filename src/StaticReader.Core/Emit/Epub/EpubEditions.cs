using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using StaticReader.Core.Content;
using StaticReader.Core.Markdown;
using StaticReader.Core.Model;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// The EPUB editions of one site model, each built at most once. The EPUB emitter runs before the pages: it builds and
/// writes each book, then keeps only its URL and size, which the text page shows, so a build never holds every book at
/// once. Kept beside the model (not in it) so that a model updated by serve starts with no books.
/// </summary>
public sealed class EpubEditions
{
    private static readonly ConditionalWeakTable<SiteModel, EpubEditions> ByModel = new();

    private readonly SiteModel model;
    private readonly ConcurrentDictionary<string, Lazy<EpubBook>> books = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EpubLink?> written = new(StringComparer.Ordinal);
    private readonly Lazy<byte[]> stylesheet;

    private EpubEditions(SiteModel model)
    {
        this.model = model;
        var themeDir = Path.GetDirectoryName(Path.GetFullPath(model.Layouts.LayoutsDir)) ?? ".";
        stylesheet = new Lazy<byte[]>(() => EpubStylesheet.Build(EpubStylesheet.ThemeCss(themeDir)));
    }

    /// <summary>The editions of <paramref name="model"/>.</summary>
    public static EpubEditions Of(SiteModel model) => ByModel.GetValue(model, m => new EpubEditions(m));

    /// <summary>True when <paramref name="page"/> gets an EPUB edition: a text, on a site that has not turned them off.</summary>
    public static bool HasEdition(SiteModel model, ConvertedPage page) =>
        model.Config.Epub && page.Page.Collection.Name == BuiltInCollections.Texts.Name;

    /// <summary>
    /// The texts whose book holds the page <paramref name="slug"/>: the text itself, or every text linking the term (its
    /// glossary appendix holds the term's body). Empty when the site has no EPUBs.
    /// </summary>
    public static IEnumerable<string> TextsHolding(SiteModel model, string slug) =>
        model.Pages
            .Where(p => HasEdition(model, p) && (p.Page.Slug == slug || p.LinkedSlugs.Contains(slug)))
            .Select(p => p.Page.Slug);

    /// <summary>The book of the text <paramref name="text"/>, built on first use.</summary>
    public EpubBook For(ConvertedPage text) =>
        books.GetOrAdd(text.Page.Slug, _ => new Lazy<EpubBook>(() => EpubBookBuilder.Build(model, text, stylesheet.Value))).Value;

    /// <summary>Forgets the bytes of <paramref name="text"/>'s book once it is written, keeping what its page shows.</summary>
    public void Written(ConvertedPage text)
    {
        if (books.TryRemove(text.Page.Slug, out var book))
        {
            written[text.Page.Slug] = book.Value.Built ? new EpubLink(book.Value.Url, book.Value.Bytes.Length) : null;
        }
    }

    /// <summary>What the page of <paramref name="text"/> links to, or null when its book could not be built.</summary>
    public EpubLink? LinkOf(ConvertedPage text) =>
        written.TryGetValue(text.Page.Slug, out var link)
            ? link
            : For(text) is { Built: true } book ? new EpubLink(book.Url, book.Bytes.Length) : null;
}
