using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Extensions.Citations;
using StaticReader.Core.Markdown.Extensions.Passages;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// The figures pass, run right after parsing: reads every <c>```chart</c> block into a <see cref="ChartBlock"/>, marks
/// every paragraph that is only a captioned image as an <see cref="ImageFigure"/>, numbers both in reading order, and
/// gives every site image its pixel size and, after the page's first, <c>loading="lazy"</c>.
/// </summary>
public static partial class FigurePass
{
    private const int WordsInId = 6;

    /// <summary>True when <paramref name="body"/> may hold a chart or an image, so the pass has something to do.</summary>
    public static bool Applies(string body) => body.Contains("![", StringComparison.Ordinal) || (body.Contains("chart", StringComparison.Ordinal) && ChartFence().IsMatch(body));

    [System.Text.RegularExpressions.GeneratedRegex("^[ >]*(```|~~~)[`~]*[ \\t]*chart[ \\t]*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex ChartFence();

    /// <summary>Runs the pass on <paramref name="document"/>, the body of <paramref name="page"/>.</summary>
    public static PageFigures Run(MarkdownDocument document, PageEntry page, SiteIndex index, DiagnosticBag diagnostics)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<FigureEntry>();
        var citesSources = false;
        var path = page.Document.DisplayPath;
        foreach (var block in Syntax.BlocksOf<Block>(document).ToList())
        {
            switch (block)
            {
                case FencedCodeBlock fenced when IsChart(fenced):
                    if (Chart(fenced, page, index, diagnostics) is not { } chart)
                    {
                        continue;
                    }

                    chart.Number = Number(chart.Spec.Id, numbers, path, page.Document.BodyLine + fenced.Line, fenced.Column + 1, diagnostics);
                    citesSources |= chart.Spec.SourceKey;
                    entries.Add(new FigureEntry(chart.Spec.Id, chart.Number, chart.Spec.Caption is { } text ? chart.Spec.Title.TrimEnd('.') + ". " + text : chart.Spec.Title));
                    var parent = fenced.Parent!;
                    parent[parent.IndexOf(fenced)] = chart;
                    break;
                case ParagraphBlock paragraph when CaptionedImage(paragraph) is var (image, _) && image.Title is { Length: > 0 } caption:
                    var id = ImageFigureId(paragraph)!;
                    var number = Number(id, numbers, path, page.Document.BodyLine + paragraph.Line, paragraph.Column + 1, diagnostics);
                    paragraph.SetData(typeof(ImageFigure), new ImageFigure(id, number, caption));
                    entries.Add(new FigureEntry(id, number, caption));
                    break;
            }
        }

        SizeImages(document, index.Files);
        return new PageFigures(numbers, citesSources, entries);
    }

    /// <summary>The figure id of a paragraph that is only a captioned image (its <c>{#id}</c>, else from its caption), or null.</summary>
    public static string? ImageFigureId(ParagraphBlock paragraph) =>
        CaptionedImage(paragraph) is var (image, explicitId) && image.Title is { Length: > 0 } caption
            ? explicitId?.Id ?? "fig-" + string.Join('-', Slugs.FromText(caption).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(WordsInId))
            : null;

    /// <summary>True for a fenced block whose info string is <c>chart</c>.</summary>
    public static bool IsChart(FencedCodeBlock block) => string.Equals(block.Info, "chart", StringComparison.Ordinal);

    private static int Number(string id, Dictionary<string, int> numbers, string path, int line, int column, DiagnosticBag diagnostics)
    {
        if (numbers.ContainsKey(id))
        {
            diagnostics.Error(path, line, column, $"the figure id '{id}' is used twice on this page",
                "give one of the figures another title, or an id of its own (id: fig-… in a chart, {#fig-…} after an image)");
            return numbers[id];
        }

        numbers[id] = numbers.Count + 1;
        return numbers[id];
    }

    private static ChartBlock? Chart(FencedCodeBlock fenced, PageEntry page, SiteIndex index, DiagnosticBag diagnostics)
    {
        var firstLine = page.Document.BodyLine + fenced.Line + 1;
        var source = new ChartSource(page.Document.DisplayPath, firstLine, index.Files.Find, key => IsSource(index, key), diagnostics);
        if (ChartReader.Read(fenced.Lines.ToString(), source) is not { } spec)
        {
            return null;
        }

        var chart = new ChartBlock(spec) { Line = fenced.Line, Column = fenced.Column, Span = fenced.Span, SourceText = spec.Source };
        if (spec.SourceKey)
        {
            var cited = index.BySlug[spec.Source!];
            chart.SourceText = cited.Title.Trim('[', ']');
            chart.Inline = new ContainerInline();
            chart.Inline.AppendChild(new CitationInline
            {
                Source = "[@" + spec.Source + "]",
                Items = [new CitationItem(spec.Source!, null, false, 1)],
                Line = fenced.Line,
                Column = fenced.Column,
            });
        }

        return chart;
    }

    private static bool IsSource(SiteIndex index, string key) =>
        index.BySlug.TryGetValue(key, out var page) && BuiltInCollections.IsSources(page.Collection);

    /// <summary>The image of a paragraph that holds only one image (and, at its end, an optional <c>{#id}</c>).</summary>
    private static (LinkInline Image, PassageIdInline? Id)? CaptionedImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        PassageIdInline? id = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case PassageIdInline passageId:
                    id = passageId;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }

        return image is null ? null : (image, id);
    }

    /// <summary>Gives each image of an asset its size and each after the first <c>loading="lazy"</c>.</summary>
    private static void SizeImages(MarkdownDocument document, SiteFiles files)
    {
        var first = true;
        foreach (var image in Syntax.InlinesOf<LinkInline>(document).Where(l => l.IsImage))
        {
            var attributes = image.GetAttributes();
            if (image.Url is { } url && url.StartsWith("/assets/", StringComparison.Ordinal)
                && files.ImageSize(Uri.UnescapeDataString(url[1..].Split('?', '#')[0])) is var (width, height))
            {
                attributes.AddProperty("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddProperty("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (!first)
            {
                attributes.AddProperty("loading", "lazy");
            }

            first = false;
        }
    }
}
