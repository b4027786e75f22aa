using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Loading;

namespace StaticReader.Tests.Specs;

/// <summary>The small site every markdown spec example is converted in: a few terms, a text, an explainer, a page.</summary>
public static class SpecSite
{
    private static readonly Lazy<SiteIndex> Lazy = new(() => Build(CitationStyle.AuthorDate));
    private static readonly Lazy<SiteIndex> LazyNumeric = new(() => Build(CitationStyle.Numeric));

    /// <summary>The site index (built once).</summary>
    public static SiteIndex Index => Lazy.Value;

    /// <summary>The same site with <c>citations: numeric</c>.</summary>
    public static SiteIndex Numeric => LazyNumeric.Value;

    private static SiteIndex Build(CitationStyle citations)
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
            Source("reuters-official", "DeepSeek aids China's military", "2025-06-23", outlet: "Reuters"),
            Source("reuters-computex", "Nvidia CEO says US chip export controls are a failure", "2025-05-21", outlet: "Reuters"),
            Source("cao-chen", "[SCMP report on Huawei's chips]", "2025-06", outlet: "South China Morning Post", authors: ["Ann Cao", "Wency Chen"]),
            Source("hass", "[Brookings commentary]", "2025-06", publisher: "Brookings Institution", authors: ["Ryan Hass"]),
        };
        var config = SiteConfig.Default with { BaseUrl = "https://spec.example/", Citations = citations };
        var diagnostics = new DiagnosticBag();
        var specs = Path.Combine(Support.RepoPaths.Root, "tests", "StaticReader.Tests", "Specs");
        var index = IndexSite.Run(new LoadedSite(config, documents, Files(specs, "assets"), new Dictionary<string, ReadOnlyMemory<byte>>()) { DataInputFiles = Files(specs, "data") }, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return index;
    }

    /// <summary>The files of Specs/<paramref name="folder"/>: the spec site's assets (images) and data (CSV files of charts).</summary>
    private static List<InputFile> Files(string specs, string folder) =>
        Directory.GetFiles(Path.Combine(specs, folder)).Order(StringComparer.Ordinal)
            .Select(f => new InputFile(f, $"input/{folder}/{Path.GetFileName(f)}", Path.GetFileName(f))).ToList();

    private static SourceDocument Term(string slug, string title, string kind, params string[] aliases) =>
        new($"input/glossary/{slug}.md", BuiltInCollections.Glossary, slug,
            new FrontMatter(title, $"Summary of {title}.", null, false, null, aliases, kind, [], null, null, []), 5);

    private static SourceDocument Source(string key, string title, string date, string? outlet = null, string? publisher = null, string[]? authors = null) =>
        new($"input/sources/{key}.md", BuiltInCollections.Sources, key,
            new FrontMatter(title, $"Summary of {key}.", date, false, null, [], null, [], null, null, [])
            {
                Reference = new SourceReference(authors ?? [], outlet, publisher, "article", null, null, null),
            }, 8);

    private static SourceDocument Page(Collection kind, string slug, string title) =>
        new($"input/{slug}.md", kind, slug,
            new FrontMatter(title, $"Summary of {title}.", null, false, null, [], null, [], null, null, []), 4);
}
