using System.Text.RegularExpressions;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Extensions;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown;
using StaticReader.Core.Markdown.Extensions.Glossary;
using StaticReader.Core.Markdown.Passes;

namespace StaticReader.Tests.Specs;

/// <summary>
/// The data-driven test behind every spec file: each example is converted as the body of a page of
/// <see cref="SpecSite"/> and its HTML (passage wrappers and permalinks removed unless the spec is about
/// passages or annotations) must equal the expected HTML; expected errors must be reported exactly.
/// </summary>
public sealed partial class SpecTests
{
    public static IEnumerable<object[]> Glossary() => SpecFile.Examples("GlossarySpecs.md");

    public static IEnumerable<object[]> WikiLinks() => SpecFile.Examples("WikiLinkSpecs.md");

    public static IEnumerable<object[]> Annotations() => SpecFile.Examples("AnnotationSpecs.md");

    public static IEnumerable<object[]> Passages() => SpecFile.Examples("PassageSpecs.md");

    public static IEnumerable<object[]> Links() => SpecFile.Examples("LinkSpecs.md");

    public static IEnumerable<object[]> Citations() => SpecFile.Examples("CitationSpecs.md");

    [Theory]
    [MemberData(nameof(Citations))]
    public void Citation_spec(SpecExample example) => Check(example, keepPassages: example.Title.Contains("note", StringComparison.Ordinal));

    public static IEnumerable<object[]> Charts() => SpecFile.Examples("ChartSpecs.md");

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_spec(SpecExample example) => Check(example, keepPassages: example.Title.Contains("passage", StringComparison.Ordinal));

    public static IEnumerable<object[]> Figures() => SpecFile.Examples("FigureSpecs.md");

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figure_spec(SpecExample example) => Check(example, keepPassages: example.Title.Contains("passage", StringComparison.Ordinal));

    public static IEnumerable<object[]> Callouts() => SpecFile.Examples("CalloutSpecs.md");

    [Theory]
    [MemberData(nameof(Callouts))]
    public void Callout_spec(SpecExample example) => Check(example, keepPassages: false);

    [Theory]
    [MemberData(nameof(Links))]
    public void Link_spec(SpecExample example) => Check(example, keepPassages: false);

    [Theory]
    [MemberData(nameof(Glossary))]
    public void Glossary_spec(SpecExample example) => Check(example, keepPassages: false);

    [Theory]
    [MemberData(nameof(WikiLinks))]
    public void WikiLink_spec(SpecExample example) => Check(example, keepPassages: false);

    [Theory]
    [MemberData(nameof(Annotations))]
    public void Annotation_spec(SpecExample example) => Check(example, keepPassages: true);

    [Theory]
    [MemberData(nameof(Passages))]
    public void Passage_spec(SpecExample example) => Check(example, keepPassages: true);

    /// <summary>Converts an example's markdown as the body of the spec site's page of the example's kind.</summary>
    public static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Convert(SpecExample example, AutoLinkMode mode = AutoLinkMode.FirstPerSection)
    {
        var index = example.Kind == "numeric" ? SpecSite.Numeric : SpecSite.Index;
        var host = example.Kind switch
        {
            "explainer" => index.BySlug["why-compute"],
            "page" => index.BySlug["about"],
            var kind when kind.StartsWith("term:", StringComparison.Ordinal) => index.BySlug[kind["term:".Length..]],
            _ => index.BySlug["roundup"],
        };
        var page = host with { Document = host.Document with { BodyLine = 1 } };
        var diagnostics = new DiagnosticBag();
        // The built-in passes as a build runs them, with the auto-linker set to the mode under test.
        var passes = new BuiltInExtension().PagePasses(index)
            .Select(p => p is AutoLinkTerms ? new AutoLinkTerms(new GlossaryAutoLinker(new TermTrie(index.TermNames), mode)) : p)
            .ToList();
        var converter = new PageConverter(MarkdownPipelineFactory.Create(), index, passes);
        var converted = converter.Convert(page, example.Markdown, diagnostics);
        return (converted.Html, diagnostics.ToSortedList());
    }

    private static void Check(SpecExample example, bool keepPassages)
    {
        var (html, diagnostics) = Convert(example);
        if (example.Expected.StartsWith("error:", StringComparison.Ordinal))
        {
            var expectedErrors = example.Expected.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var actual = diagnostics.Select(d => $"error: {d.Line}:{d.Column}: {d.Message}").ToList();
            Assert.Equal(expectedErrors, actual);
            return;
        }

        Assert.True(diagnostics.Count == 0, example + "\n" + string.Join("\n", diagnostics));
        var normalized = keepPassages ? html : PassageWrapper().Replace(Permalink().Replace(html, ""), "");
        Assert.Equal(example.Expected.Trim(), normalized.Trim().Replace("\n\n", "\n"));
    }

    [GeneratedRegex("<div class=\"passage\" id=\"[^\"]*\">\n|</div>\n?(?=<div class=\"passage\"|<h|$)")]
    private static partial Regex PassageWrapper();

    [GeneratedRegex("<a class=\"permalink\"[^>]*>¶</a>\n")]
    private static partial Regex Permalink();
}
