using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StaticReader.Tests.Reliability;

/// <summary>Parses built HTML pages with AngleSharp, collecting the parser's error events.</summary>
public static class HtmlPages
{
    /// <summary>A parsed page and the parse errors AngleSharp reported for it.</summary>
    public sealed record Parsed(string Path, IHtmlDocument Document, IReadOnlyList<string> Errors);

    /// <summary>Parses <paramref name="html"/>; <paramref name="path"/> only names it in messages.</summary>
    public static Parsed Parse(string path, string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
            {
                errors.Add($"{path}:{error.Position.Line}:{error.Position.Column}: {error.Code}: {error.Message}");
            }
        };
        return new Parsed(path, parser.ParseDocument(html), errors);
    }

    /// <summary>Parses an output file.</summary>
    public static Parsed Load(string outputRoot, string relativePath) =>
        Parse(relativePath, File.ReadAllText(System.IO.Path.Combine(outputRoot, relativePath)));

    /// <summary>Every <c>.html</c> file under <paramref name="outputRoot"/>, as relative paths with '/', sorted.</summary>
    public static IReadOnlyList<string> All(string outputRoot) =>
        Directory.EnumerateFiles(outputRoot, "*.html", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(outputRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
