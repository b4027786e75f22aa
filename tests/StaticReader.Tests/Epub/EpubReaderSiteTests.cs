using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using EpubMetadata = StaticReader.Core.Emit.Epub.EpubMetadata;
using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;
using static StaticReader.Tests.Epub.EpubContents;

namespace StaticReader.Tests.Epub;

/// <summary>The reader site's EPUB (issue 18): its notes, its glossary appendix, its links, its package and its container.</summary>
public sealed class EpubReaderSiteTests(BuiltReaderSite site) : IClassFixture<BuiltReaderSite>
{
    private Core.Markdown.ConvertedPage Text => site.Model.Pages.Single(p => p.Page.Collection.Name == "texts");

    private string EpubPath => Path.Combine(site.Output, "texts", Text.Page.Slug, Text.Page.Slug + ".epub");

    private EpubContents Book => new(EpubPath);

    [Fact]
    public void Every_annotation_is_a_footnote_with_a_noteref_and_a_back_link()
    {
        var book = Book;
        var footnotes = book.Typed("EPUB/text.xhtml", "footnote").ToList();
        Assert.True(Text.NotesCount > 0);
        Assert.Equal(Text.NotesCount, footnotes.Count);
        Assert.All(footnotes, f => Assert.Equal(XhtmlName("aside"), f.Name));

        var noterefs = book.Typed("EPUB/text.xhtml", "noteref").ToList();
        Assert.Equal(footnotes.Count, noterefs.Count);
        var footnoteIds = footnotes.Select(f => (string)f.Attribute("id")!).ToHashSet();
        Assert.Equal(footnoteIds, noterefs.Select(r => ((string)r.Attribute("href")!).TrimStart('#')).ToHashSet());
        foreach (var footnote in footnotes)
        {
            var back = footnote.Descendants(XhtmlName("a")).Single(a => (string?)a.Attribute("role") == "doc-backlink");
            var target = ((string)back.Attribute("href")!).TrimStart('#');
            Assert.Contains(noterefs, r => (string?)r.Attribute("id") == target);
        }
    }

    [Fact]
    public void The_glossary_appendix_holds_every_term_the_text_links_with_its_title_summary_and_body()
    {
        // The terms the built web page links to, read from its HTML.
        var html = new HtmlParser().ParseDocument(site.Read(Text.Page.OutputPath));
        var linked = html.QuerySelectorAll(".doc-body a[href^='/glossary/']")
            .Select(a => a.GetAttribute("href")!.Split('/')[2])
            .Where(slug => site.Model.Index.BySlug.TryGetValue(slug, out var page) && page.Collection.Terms)
            .ToHashSet();
        Assert.NotEmpty(linked);

        var glossary = Book.Xml("EPUB/glossary.xhtml");
        var entries = glossary.Descendants(XhtmlName("section")).Where(s => ((string?)s.Attribute("id"))?.StartsWith("term-") == true).ToList();
        Assert.Equal(linked.Order(), entries.Select(e => ((string)e.Attribute("id")!)["term-".Length..]).Order());
        foreach (var entry in entries)
        {
            var term = site.Model.Index.BySlug[((string)entry.Attribute("id")!)["term-".Length..]];
            Assert.Equal(term.Title, entry.Element(XhtmlName("h2"))!.Value);
            Assert.Equal(term.Summary, entry.Elements(XhtmlName("p")).First(p => (string?)p.Attribute("class") == "term-summary").Value);
            Assert.True(entry.Elements().Count() > 2, $"the entry of {term.Slug} has no body");
        }
    }

    [Fact]
    public void Every_link_inside_the_book_resolves_and_there_is_no_script()
    {
        var book = Book;
        var documents = book.Entries.Where(e => e.Name.EndsWith(".xhtml")).Select(e => e.Name).ToList();
        var ids = documents.ToDictionary(d => d, book.Ids);
        var checkedLinks = 0;
        foreach (var document in documents)
        {
            var xml = book.Xml(document);
            Assert.Empty(xml.Descendants(XhtmlName("script")));
            Assert.DoesNotContain(xml.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on"));
            foreach (var href in xml.Descendants(XhtmlName("a")).Select(a => (string?)a.Attribute("href")).OfType<string>())
            {
                if (Regex.IsMatch(href, "^(https?|mailto):"))
                {
                    Assert.DoesNotContain(href, h => char.IsWhiteSpace(h));
                    continue;
                }

                var (file, fragment) = href.Contains('#') ? (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]) : (href, "");
                var target = file.Length == 0 ? document : "EPUB/" + file;
                Assert.True(ids.ContainsKey(target), $"{document}: '{href}' points to a file the book does not have");
                Assert.True(fragment.Length == 0 || ids[target].Contains(fragment), $"{document}: '{href}' points to a missing id");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 100, $"only {checkedLinks} internal links");
    }

    [Fact]
    public void The_container_starts_with_a_stored_mimetype_and_lists_the_package()
    {
        var bytes = File.ReadAllBytes(EpubPath);
        Assert.Equal("PK\u0003\u0004", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8)); // compression method: stored
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 28)); // no extra field
        Assert.Equal("mimetypeapplication/epub+zip", System.Text.Encoding.ASCII.GetString(bytes, 30, 28));
        var container = Book.Xml("META-INF/container.xml");
        var rootfile = container.Descendants().Single(e => e.Name.LocalName == "rootfile");
        Assert.True(Book.Has((string)rootfile.Attribute("full-path")!));
    }

    [Fact]
    public void Package_metadata_comes_from_site_yml_and_the_content_dates()
    {
        var opf = Book.Xml("EPUB/package.opf");
        var metadata = opf.Root!.Element(Opf + "metadata")!;
        var config = site.Model.Config;
        Assert.Equal(Text.Page.Title, metadata.Element(Dc + "title")!.Value);
        Assert.Equal(config.Language, metadata.Element(Dc + "language")!.Value);
        Assert.Equal(config.Author, metadata.Element(Dc + "creator")!.Value);
        Assert.Equal(config.Title, metadata.Element(Dc + "publisher")!.Value);
        Assert.Equal(Text.Page.Document.FrontMatter.Date, metadata.Element(Dc + "date")!.Value);
        Assert.Equal(EpubMetadata.Identifier(BuiltReaderSite.BaseUrl + Text.Page.Url.TrimStart('/')), metadata.Element(Dc + "identifier")!.Value);

        // The latest date of the text, the terms it links and the sources it cites: the content's, not the clock's.
        var linked = Text.LinkedSlugs.Select(s => site.Model.Index.BySlug[s]).Where(p => p.Collection.Terms)
            .Concat(Text.Cited.Select(c => c.Source)).Append(Text.Page);
        var latest = linked.SelectMany(p => new[] { p.Document.FrontMatter.Date, p.Document.FrontMatter.Updated, p.Document.FrontMatter.Source?.Date })
            .OfType<string>().Select(d => d.Length == 7 ? d + "-01" : d.Length == 4 ? d + "-01-01" : d).Max(StringComparer.Ordinal);
        var modified = metadata.Elements(Opf + "meta").Single(m => (string?)m.Attribute("property") == "dcterms:modified").Value;
        Assert.Equal(latest + "T00:00:00Z", modified);
    }

    [Fact]
    public void The_text_page_links_the_epub_with_its_size_in_kilobytes()
    {
        var html = new HtmlParser().ParseDocument(site.Read(Text.Page.OutputPath));
        var link = Assert.Single(html.QuerySelectorAll("a[href$='.epub']"));
        Assert.Equal(Text.Page.Url + Text.Page.Slug + ".epub", link.GetAttribute("href"));
        var kilobytes = (int)Math.Ceiling(new FileInfo(EpubPath).Length / 1024.0);
        Assert.Matches($@"^Download EPUB \(e-book, {kilobytes} KB\)$", link.TextContent);
    }

    [Fact]
    public void Two_builds_give_identical_epub_bytes()
    {
        var second = Path.Combine(Path.GetTempPath(), "sr-epub-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var result = SiteBuilder.Build(new BuildOptions(Path.Combine(RepoPaths.Root, "input"), RepoPaths.Theme, second, BuiltReaderSite.BaseUrl));
            Assert.True(result.Published);
            var again = File.ReadAllBytes(Path.Combine(second, Path.GetRelativePath(site.Output, EpubPath)));
            Assert.True(File.ReadAllBytes(EpubPath).AsSpan().SequenceEqual(again), "the second build's EPUB differs");
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    private static XName XhtmlName(string name) => EpubContents.Xhtml + name;
}
