namespace StaticReader.BrowserTests.Support;

/// <summary>One page of each kind of the built reader site, found in the output so tests follow the content.</summary>
public static class SitePages
{
    public const string Home = "/";
    public const string Glossary = "/glossary/";
    public const string Explainers = "/explainers/";
    public const string Search = "/search/";
    public const string NotFound = "/no-such-page/";
    public const string CloudMatrix = "/glossary/cloudmatrix/";
    public const string Sources = "/sources/";

    /// <summary>The first source page (a cited work, with its "Cited in" list).</summary>
    public static string Source(SiteFixture site) => First(site, "sources");

    /// <summary>The first text (the annotated source text).</summary>
    public static string Text(SiteFixture site) => First(site, "texts");

    /// <summary>The first explainer.</summary>
    public static string Explainer(SiteFixture site) => First(site, "explainers");

    /// <summary>A standalone page (about, colophon…): a top-level folder that is no section.</summary>
    public static string Page(SiteFixture site)
    {
        string[] sections = ["texts", "glossary", "explainers", "sources", "search", "static", "assets"];
        var dir = Directory.GetDirectories(site.OutputDir)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !sections.Contains(name) && File.Exists(Path.Combine(site.OutputDir, name, "index.html")))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return dir is null ? throw new InvalidOperationException("the site has no standalone page") : $"/{dir}/";
    }

    /// <summary>Every page kind by name, as (kind, path) pairs.</summary>
    public static IReadOnlyList<(string Kind, string Path)> All(SiteFixture site) =>
    [
        ("home", Home),
        ("text", Text(site)),
        ("term", CloudMatrix),
        ("glossary", Glossary),
        ("explainer", Explainer(site)),
        ("explainers", Explainers),
        ("page", Page(site)),
        ("source", Source(site)),
        ("sources", Sources),
        ("search", Search + "?q=cloudmatrix"),
        ("404", NotFound),
    ];

    /// <summary>The page-kind names, for theories.</summary>
    public static TheoryData<string> Kinds() => new() { "home", "text", "term", "glossary", "explainer", "explainers", "page", "search", "404" };

    /// <summary>The path of a page kind.</summary>
    public static string PathOf(SiteFixture site, string kind) => All(site).First(p => p.Kind == kind).Path;

    private static string First(SiteFixture site, string section)
    {
        var dir = Directory.GetDirectories(Path.Combine(site.OutputDir, section))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return dir is null ? throw new InvalidOperationException($"the site has no {section}") : $"/{section}/{dir}/";
    }
}
