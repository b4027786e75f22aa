using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Loading;

namespace StaticReader.Tests.Specs;

/// <summary>The small site every markdown spec example is converted in: a few terms, a text, an explainer, a page.</summary>
public static class SpecSite
{
    private static readonly Lazy<SiteIndex> Lazy = new(Build);

    /// <summary>The site index (built once).</summary>
    public static SiteIndex Index => Lazy.Value;

    private static SiteIndex Build()
    {
        var documents = new List<SourceDocument>
        {
            Term("ai", "AI", "concept", "artificial intelligence"),
            Term("us", "U.S.", "organization", "United States"),
            Term("scale-up", "Scale-up", "concept"),
            Term("scale", "Scale", "concept"),
            Term("huawei", "Huawei", "organization"),
            Term("cloudmatrix", "CloudMatrix 384", "product", "CloudMatrix"),
            Term("export-controls", "Export controls", "policy", "export control"),
            Term("smr", "SMR", "concept", "SMRs", "small modular reactor", "small modular reactors"),
            Term("suanli", "算力", "concept", "计算能力"),
            Page(BuiltInCollections.Texts, "roundup", "A roundup"),
            Page(BuiltInCollections.Explainers, "why-compute", "Why compute matters"),
            Page(BuiltInCollections.Pages, "about", "About this site"),
        };
        var config = SiteConfig.Default with { BaseUrl = "https://spec.example/" };
        var diagnostics = new DiagnosticBag();
        var index = IndexSite.Run(new LoadedSite(config, documents, [], new Dictionary<string, string>()), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return index;
    }

    private static SourceDocument Term(string slug, string title, string kind, params string[] aliases) =>
        new($"input/glossary/{slug}.md", BuiltInCollections.Glossary, slug,
            new FrontMatter(title, $"Summary of {title}.", null, false, null, aliases, kind, [], null, null, []), 5);

    private static SourceDocument Page(Collection kind, string slug, string title) =>
        new($"input/{slug}.md", kind, slug,
            new FrontMatter(title, $"Summary of {title}.", null, false, null, [], null, [], null, null, []), 4);
}
