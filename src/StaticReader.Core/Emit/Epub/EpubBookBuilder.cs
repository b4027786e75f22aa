using System.Xml.Linq;
using StaticReader.Core.Markdown;
using StaticReader.Core.Model;
using StaticReader.Core.Rendering;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// Makes the EPUB 3 edition of one text: a title page, the text with its notes as footnotes, a glossary appendix of
/// every term it links, its sources, a navigation document and a stylesheet, packaged byte for byte the same on every build.
/// </summary>
public static class EpubBookBuilder
{
    private const string TextTitleId = "epub-text-title";

    /// <summary>The book of <paramref name="text"/>, with <paramref name="stylesheet"/> as its CSS.</summary>
    public static EpubBook Build(SiteModel model, ConvertedPage text, byte[] stylesheet)
    {
        var entry = text.Page;
        var index = model.Index;
        var terms = text.LinkedSlugs
            .Select(model.PageOf)
            .OfType<ConvertedPage>()
            .Where(p => p.Page.Collection.Terms)
            .OrderBy(p => p.Page.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Page.Slug, StringComparer.Ordinal)
            .ToList();
        var cited = SourceModels.Ordered(index, text);
        var links = new EpubLinks(index, entry, terms.Select(t => t.Page.Slug).ToHashSet(StringComparer.Ordinal), cited.Select(c => c.Source.Slug).ToHashSet(StringComparer.Ordinal));
        var context = new EpubContext(model, text, links);

        var outputDir = entry.OutputPath.Contains('/') ? entry.OutputPath[..(entry.OutputPath.LastIndexOf('/') + 1)] : "";
        var outputPath = outputDir + entry.Slug + ".epub";
        var url = entry.Url + entry.Slug + ".epub";

        var titlePage = EpubTitlePage.Write(context);
        var chapter = XhtmlDocument.Write(context.Language, entry.Title, "bodymatter",
        [
            Xhtml.E("section", new XAttribute(Xhtml.Epub + "type", "chapter"), new XAttribute("aria-labelledby", TextTitleId),
                Xhtml.E("h1", new XAttribute("id", TextTitleId), entry.Title),
                context.Convert(text, "", 0)),
        ]);
        var glossary = EpubGlossary.Write(context, terms);
        var sources = EpubSources.Write(context);
        if (context.Problems.Count > 0)
        {
            return new EpubBook(outputPath, url, [], context.Problems);
        }

        var toc = new List<EpubNav.Entry> { new(EpubTitlePage.FileName, "Title page", []), new(EpubLinks.TextFile, entry.Title, text.Headings) };
        if (glossary is not null)
        {
            toc.Add(new(EpubLinks.GlossaryFile, "Glossary", []));
        }

        if (sources is not null)
        {
            toc.Add(new(EpubLinks.SourcesFile, "Sources", []));
        }

        const string xhtml = "application/xhtml+xml";
        var files = new List<EpubFile>
        {
            new("META-INF/container.xml", EpubPackageDocument.Container()),
            new("EPUB/" + EpubNav.FileName, EpubNav.Write(context.Language, entry.Title, toc), xhtml, "nav", "nav"),
            Chapter(EpubTitlePage.FileName, titlePage, "title"),
            Chapter(EpubLinks.TextFile, chapter, "text"),
        };
        if (glossary is not null)
        {
            files.Add(Chapter(EpubLinks.GlossaryFile, glossary, "glossary"));
        }

        if (sources is not null)
        {
            files.Add(Chapter(EpubLinks.SourcesFile, sources, "sources"));
        }

        files.Add(new("EPUB/" + EpubStylesheet.FileName, stylesheet, "text/css", "css"));
        files.AddRange(context.Images);

        var modified = EpubMetadata.Modified(terms.Select(t => t.Page).Append(entry).Concat(cited.Select(c => c.Source)));
        var package = EpubPackageDocument.Write(Metadata(model, text, modified), context.Language, files);
        files.Insert(1, new EpubFile(EpubPackageDocument.Path, package));
        return new EpubBook(outputPath, url, EpubArchive.Write(files, modified), []);
    }

    /// <summary>A content document read in order; one holding inline SVG (a chart) says so, as EPUB 3 requires.</summary>
    private static EpubFile Chapter(string fileName, byte[] content, string id) =>
        new("EPUB/" + fileName, content, "application/xhtml+xml", id, HoldsSvg(content) ? "svg" : null, InSpine: true);

    private static bool HoldsSvg(byte[] content) =>
        content.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(XhtmlFragment.Svg.NamespaceName)) >= 0;

    private static IEnumerable<XElement> Metadata(SiteModel model, ConvertedPage text, DateTimeOffset modified)
    {
        var config = model.Config;
        var entry = text.Page;
        var front = entry.Document.FrontMatter;
        var dc = Xhtml.Dc;
        yield return new XElement(dc + "identifier", new XAttribute("id", "uid"), EpubMetadata.Identifier(config.BaseUrl.TrimEnd('/') + "/" + entry.Url[config.BasePath.Length..]));
        yield return new XElement(dc + "title", entry.Title);
        yield return new XElement(dc + "language", config.Language.Length > 0 ? config.Language : "en");
        if (config.Author.Length > 0)
        {
            yield return new XElement(dc + "creator", config.Author);
        }

        yield return new XElement(dc + "publisher", config.Title);
        if (EpubMetadata.Parse(front.Date ?? front.Source?.Date) is not null)
        {
            yield return new XElement(dc + "date", (front.Date ?? front.Source?.Date)!.Trim());
        }

        if (entry.Summary.Length > 0)
        {
            yield return new XElement(dc + "description", entry.Summary);
        }

        if (front.Source?.Url is { Length: > 0 } source)
        {
            yield return new XElement(dc + "source", source);
        }

        yield return new XElement(Xhtml.Opf + "meta", new XAttribute("property", "dcterms:modified"), EpubMetadata.W3c(modified));
    }
}
