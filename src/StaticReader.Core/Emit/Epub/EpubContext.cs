using System.Xml.Linq;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Markdown;
using StaticReader.Core.Model;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// What the parts of one text's EPUB share while it is built: the site, where links point, the images the book holds,
/// and the problems found (reported once, by the emitter).
/// </summary>
public sealed class EpubContext
{
    private readonly Dictionary<string, EpubFile> images = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> problems = [];

    /// <summary>A context for the EPUB of <paramref name="text"/>.</summary>
    public EpubContext(SiteModel model, ConvertedPage text, EpubLinks links)
    {
        Model = model;
        Text = text;
        Links = links;
    }

    /// <summary>The site.</summary>
    public SiteModel Model { get; }

    /// <summary>The text the book is made of.</summary>
    public ConvertedPage Text { get; }

    /// <summary>Where site links point in this book.</summary>
    public EpubLinks Links { get; }

    /// <summary>The images the book holds, in the order first used.</summary>
    public IReadOnlyList<EpubFile> Images => images.Values.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<Diagnostic> Problems => problems;

    /// <summary>The book's language.</summary>
    public string Language => Model.Config.Language.Length > 0 ? Model.Config.Language : "en";

    /// <summary>
    /// The XHTML of a converted page's body for the book, or null when it is not well-formed XML (reported at the page's
    /// file: the HTML came from its markdown).
    /// </summary>
    public IReadOnlyList<XNode>? Convert(ConvertedPage page, string idPrefix, int headingShift) =>
        Convert(page.Html, page, idPrefix, headingShift);

    /// <summary>An HTML fragment made for <paramref name="page"/> as book XHTML, or null (reported) when it is not well-formed.</summary>
    public IReadOnlyList<XNode>? Convert(string html, ConvertedPage page, string idPrefix, int headingShift)
    {
        var (root, error) = XhtmlFragment.Parse(html);
        if (root is null)
        {
            var document = page.Page.Document;
            problems.Add(new Diagnostic(document.DisplayPath, document.BodyLine, 1, Severity.Error,
                $"the EPUB edition of '{Text.Page.Title}' cannot hold this page's HTML: it is not well-formed XHTML ({error!.Value.Message}, at line {error.Value.Line}, column {error.Value.Column} of the HTML)",
                "this is a bug in StaticReader or in an extension's renderer: report it with the page's markdown; set 'epub: false' in site.yml to build the site meanwhile"));
            return null;
        }

        var rewriter = new EpubHtmlRewriter(Links, idPrefix, headingShift, src => Image(src, page));
        return rewriter.Rewrite(root);
    }

    /// <summary>Adds a problem found by a part of the book.</summary>
    public void Report(Diagnostic diagnostic) => problems.Add(diagnostic);

    /// <summary>
    /// The book's path of the image at <paramref name="src"/> (a site URL under <c>/assets/</c>), adding the file to the
    /// book; null for a remote image (linked instead) or one the book cannot hold (reported at the markdown's position).
    /// </summary>
    private string? Image(string src, ConvertedPage page)
    {
        var basePath = Model.Config.BasePath;
        if (!src.StartsWith('/') || src.StartsWith("//", StringComparison.Ordinal))
        {
            return null; // a remote image: the book links to it rather than fetch it at read time
        }

        var sitePath = Uri.UnescapeDataString((src.StartsWith(basePath, StringComparison.Ordinal) ? src[basePath.Length..] : src.TrimStart('/')).Split('?', '#')[0]);
        if (images.TryGetValue(sitePath, out var known))
        {
            return known.Path["EPUB/".Length..];
        }

        var relative = sitePath.StartsWith("assets/", StringComparison.Ordinal) ? sitePath["assets/".Length..] : null;
        var asset = relative is null ? null : Model.Site.Assets.FirstOrDefault(a => a.RelativePath == relative);
        var mediaType = MediaType(sitePath);
        if (asset is null && !Model.Targets.Files.Contains(sitePath))
        {
            return null; // no such file at all: the build already reports it at the markdown (Linking.UrlResolver)
        }

        if (asset is null || mediaType is null || !File.Exists(asset.FullPath))
        {
            var reference = page.UrlReferences.FirstOrDefault(r => r.IsImage && r.SitePath == sitePath);
            problems.Add(new Diagnostic(reference?.Path ?? page.Page.Document.DisplayPath, reference?.Line ?? page.Page.Document.BodyLine, reference?.Column ?? 1, Severity.Error,
                asset is null
                    ? $"the image '{reference?.Written ?? src}' is not a file of input/assets/, so the EPUB edition of '{Text.Page.Title}' cannot hold it"
                    : $"the image '{reference?.Written ?? src}' is not a PNG, JPEG, GIF or SVG file, the image types every EPUB reader shows",
                asset is null
                    ? "put the image in input/assets/ and write it as ![description](/assets/<file name>)"
                    : "convert it to PNG or JPEG, or set 'epub: false' in site.yml"));
            return null;
        }

        // Numbered names: an asset's own name may hold spaces or characters an EPUB path would have to escape.
        var id = "img-" + (images.Count + 1).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        var path = "EPUB/images/" + id + System.IO.Path.GetExtension(sitePath).ToLowerInvariant();
        images[sitePath] = new EpubFile(path, File.ReadAllBytes(asset.FullPath), mediaType, id);
        return path["EPUB/".Length..];
    }

    private static string? MediaType(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".svg" => "image/svg+xml",
        _ => null,
    };
}
