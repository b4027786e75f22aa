using Markdig;
using Markdig.Syntax;
using StaticReader.Core.Content;
using StaticReader.Core.Markdown.Extensions.Passages;
using YamlDotNet.RepresentationModel;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// The figure ids of pages, found at index time (before any page is converted) so that <c>[[page#fig-…]]</c> on one page
/// can show "Figure N" of another. Only pages that may have figures are parsed; numbering follows <see cref="FigurePass"/>.
/// </summary>
public static class FigureCatalog
{
    private static readonly Lazy<MarkdownPipeline> Pipeline = new(() => MarkdownPipelineFactory.Create());

    /// <summary>The figure ids of the markdown <paramref name="body"/>, numbered in reading order; empty when it has none.</summary>
    public static IReadOnlyDictionary<string, int> Scan(string body)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!FigurePass.Applies(body))
        {
            return numbers;
        }

        var document = Markdig.Markdown.Parse(body, Pipeline.Value);
        foreach (var block in Syntax.BlocksOf<Block>(document))
        {
            var id = block switch
            {
                FencedCodeBlock fenced when FigurePass.IsChart(fenced) => ChartId(fenced.Lines.ToString()),
                ParagraphBlock paragraph => FigurePass.ImageFigureId(paragraph),
                _ => null,
            };
            if (id is not null)
            {
                numbers.TryAdd(id, numbers.Count + 1);
            }
        }

        return numbers;
    }

    /// <summary>A chart's id from its YAML (<c>id:</c>, else <c>fig-</c> and the title's slug), or null when it has neither.</summary>
    private static string? ChartId(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return null;
            }

            string? Field(string name) =>
                map.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode { Value: { } v } && v.Trim().Length > 0 ? v.Trim() : null;
            return Field("id") ?? (Field("title") is { } title ? "fig-" + Slugs.FromText(title) : null);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null; // the page's own conversion reports it
        }
    }
}
