using System.Text;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// The catalog of broken inputs. Each is applied to a site that has just built successfully; the rebuild must
/// fail with the named diagnostic and leave output/ as it was. Body lines start at 4 in these files
/// (<c>---</c>, <c>title</c>, <c>---</c>).
/// </summary>
public static class BadInputCases
{
    /// <summary>The hostile <c>slug:</c> values: each must be refused before anything is written.</summary>
    public static readonly string[] HostileSlugs =
    [
        "../x", "..", "a/b", "a\\\\b", "/etc/passwd", "C:evil", "x/../../y", "..\\\\..\\\\z", "%2e%2e%2fx", "evil\\0name", "Evil", "a b",
    ];

    /// <summary>Every case by name.</summary>
    public static IReadOnlyDictionary<string, BadInputCase> All { get; } = Build().ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The case names, as theory data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    private static BadInputCase Page(string name, string content, int line, int column, string message, string path = "pages/bad.md") =>
        new(name, site => site.Write(path, content), path, line, column, message);

    private static IEnumerable<BadInputCase> Build()
    {
        // Front matter and YAML.
        yield return Page("yaml-unclosed-flow", "---\ntitle: Fine\nsummary: [unclosed\n---\nBody\n", 3, 0, "YAML");
        yield return Page("yaml-colon-in-value", "---\ntitle: Fine\nsummary: a: b\n---\nBody\n", 3, 0, "YAML");
        yield return Page("yaml-unclosed-quote", "---\ntitle: \"Fine\nsummary: x\n---\nBody\n", BadInputCase.AnyLine, 0, "YAML");
        yield return Page("yaml-not-a-mapping", "---\n- a\n- b\n---\nBody\n", 2, 1, "field: value");
        yield return Page("front-matter-never-closed", "---\ntitle: Open\n\nBody without the closing fence\n", 1, 1, "never closed");
        yield return Page("no-front-matter", "Just markdown, no front matter.\n", 1, 1, "front matter");
        yield return Page("missing-title", "---\nsummary: no title here\n---\nBody\n", 1, 1, "no 'title'");
        yield return Page("empty-title", "---\ntitle: ''\n---\nBody\n", 1, 1, "no 'title'");
        yield return Page("title-is-a-list", "---\ntitle: [a, b]\n---\nBody\n", 2, 8, "single text value");
        yield return Page("tab-indented-key", "---\ntitle: Tabs\nsource:\n\toutlet: X\n---\nBody\n", 4, 1, "tab");
        yield return Page("tab-before-first-key", "---\n\ttitle: Tabs\n---\nBody\n", 2, 1, "tab");
        yield return Page("yaml-unclosed-flow-before-url", "---\ntitle: [Draft\nsummary: see https://example.com/\n---\nBody\n", 2, 8, "never closed");
        yield return Page("yaml-unclosed-mapping", "---\ntitle: {a: b\nsummary: c: d\n---\nBody\n", 2, 8, "never closed");
        yield return Page("duplicated-key", "---\ntitle: One\ntitle: Two\n---\nBody\n", 3, 1, "twice");
        yield return Page("duplicated-nested-key", "---\ntitle: One\nsource:\n  outlet: A\n  outlet: B\n---\nBody\n", 5, 0, "twice");
        yield return Page("invalid-date", "---\ntitle: Dated\ndate: 14 June\n---\nBody\n", 3, 7, "date");
        yield return Page("impossible-date", "---\ntitle: Dated\ndate: 2025-02-30\n---\nBody\n", 3, 7, "date");
        yield return Page("draft-not-boolean", "---\ntitle: Draft\ndraft: maybe\n---\nBody\n", 3, 8, "true or false");
        yield return Page("unknown-term-kind", "---\ntitle: Kind\nsummary: S.\nkind: animal\n---\nBody\n", 4, 7, "unknown kind", "glossary/kind.md");
        yield return Page("glossary-without-summary", "---\ntitle: Lonely\n---\nBody\n", 1, 1, "no 'summary'", "glossary/lonely.md");
        yield return Page("control-character-in-title", "---\ntitle: \"Bell \\a and \\x01\"\n---\nBody\n", 2, 8, "control character");
        yield return Page("control-character-in-text-title", "---\ntitle: \"Feed \\x01 breaker\"\n---\nBody\n", 2, 8, "control character", "texts/ctl.md");
        yield return new BadInputCase("control-character-in-site-title", site => site.Write("site.yml", "title: \"Site \\x0B title\"\nbaseUrl: https://test.example/\n"),
            "site.yml", 1, 8, "control character");
        yield return Page("non-character-in-summary", "---\ntitle: Fine\nsummary: \"bad \\uFFFE\"\n---\nBody\n", 3, 10, "control character");
        yield return Page("source-url-not-http", "---\ntitle: Sourced\nsource:\n  outlet: X\n  url: javascript:alert(1)\n---\nBody\n", 5, 8, "source url", "texts/sourced.md");

        // Encoding and size.
        yield return new BadInputCase("invalid-utf8-in-front-matter",
            site => site.WriteBytes("pages/bad.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\nBody\n"u8]), "pages/bad.md", 2, 11, "UTF-8");
        yield return new BadInputCase("invalid-utf8-in-body",
            site => site.WriteBytes("pages/bad.md", [.. "---\ntitle: Fine\n---\nline one\nabc"u8, 0xFF, 0xFE, .. "\n"u8]), "pages/bad.md", 5, 4, "UTF-8");
        yield return new BadInputCase("utf16-file",
            site => site.WriteBytes("pages/bad.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\ntitle: Wide\n---\nBody\n")).ToArray()),
            "pages/bad.md", 1, 1, "UTF-8");
        yield return Page("empty-file", "", 1, 1, "empty");
        yield return Page("whitespace-only-file", "  \n\n\t\n", 1, 1, "empty");

        // Slugs and collisions.
        yield return new BadInputCase("duplicate-slug-across-collections",
            site => site.Write("explainers/about.md", "---\ntitle: About, again\n---\nBody\n"), "about.md", 1, 1, "already used");
        yield return new BadInputCase("duplicate-slug-through-front-matter",
            site => site.Write("texts/other.md", "---\ntitle: Other\nslug: compute\n---\nBody\n"), ".md", AnyLineOrFirst, 0, "already used");
        yield return new BadInputCase("duplicate-slug-by-case",
            site => site.Write("pages/About.md", "---\ntitle: About (capital)\n---\nBody\n"), "bout.md", 1, 1, "already used");
        yield return Page("reserved-slug-con", "---\ntitle: Con\nslug: con\n---\nBody\n", BadInputCase.AnyLine, 0, "reserved");
        yield return Page("reserved-slug-search", "---\ntitle: Search\nslug: search\n---\nBody\n", BadInputCase.AnyLine, 0, "reserved");
        yield return new BadInputCase("reserved-slug-from-file-name",
            site => site.Write("pages/glossary.md", "---\ntitle: My glossary\n---\nBody\n"), "pages/glossary.md", 1, 1, "reserved");
        yield return new BadInputCase("file-name-without-letters",
            site => site.Write("pages/!!!.md", "---\ntitle: Bangs\n---\nBody\n"), "pages/!!!.md", 1, 1, "slug");
        yield return Page("slug-too-long", "---\ntitle: Long\nslug: " + new string('a', 300) + "\n---\nBody\n", 3, 7, "too long");
        yield return Page("slug-too-long-in-bytes", "---\ntitle: Long\nslug: " + string.Concat(Enumerable.Repeat("中", 100)) + "\n---\nBody\n", 3, 7, "too long");
        for (var i = 0; i < HostileSlugs.Length; i++)
        {
            yield return Page($"hostile-slug-{i:00}", $"---\ntitle: Evil\nslug: \"{HostileSlugs[i]}\"\n---\nBody\n", 3, 7, "slug");
        }

        // Cross-references.
        yield return Page("unknown-wikilink-target", "---\ntitle: Links\n---\nSee [[nowhere]] now.\n", 4, 5, "unknown wikilink target 'nowhere'");
        yield return Page("unknown-wikilink-anchor", "---\ntitle: Links\n---\nFirst line.\nSee [[story#nope]] now.\n", 5, 5, "no anchor '#nope'");
        yield return Page("unknown-anchor-on-own-page", "---\ntitle: Links\n---\nSee [[#nope]].\n", 4, 5, "no anchor '#nope'");
        yield return new BadInputCase("alias-claimed-by-two-terms",
            site => site.Write("glossary/computer.md", "---\ntitle: Computer\nsummary: A machine.\naliases: [computing]\n---\nBody\n"),
            "glossary/computer.md", AnyLineOrFirst, 0, "claimed by two terms");
        yield return new BadInputCase("alias-equal-to-another-title",
            site => site.Write("glossary/power.md", "---\ntitle: Power\nsummary: Energy.\naliases: [Compute]\n---\nBody\n"),
            "glossary/power.md", AnyLineOrFirst, 0, "claimed by two terms");
        yield return Page("note-reference-without-definition", "---\ntitle: Notes\n---\nText[^missing] here.\n", 4, 5, "[^missing] has no definition");
        yield return Page("note-defined-never-referenced", "---\ntitle: Notes\n---\nText here.\n\n[^lonely]: Nobody points here.\n", 6, 1, "never referenced");
        yield return Page("unclosed-highlight", "---\ntitle: Marks\n---\nAn ==open span[^n] here.\n\n[^n]: Note.\n", 4, 4, "never closed");
        yield return Page("unsafe-link-scheme", "---\ntitle: Links\n---\nClick [me](javascript:alert(1)).\n", 4, 7, "unsafe scheme");
        yield return Page("passage-id-twice", "---\ntitle: Ids\n---\nOne. {#same}\n\nTwo. {#same}\n", 6, AnyColumn, "used twice");

        // site.yml.
        yield return new BadInputCase("site-yml-malformed", site => site.Write("site.yml", "title: [Baseline\nbaseUrl: https://test.example/\n"),
            "site.yml", 1, 8, "YAML");
        yield return new BadInputCase("site-yml-invalid-utf8", site => site.WriteBytes("site.yml", [.. "title: Caf"u8, 0xE9, .. "\n"u8]),
            "site.yml", 1, 11, "UTF-8");
        yield return new BadInputCase("site-yml-base-url-javascript", site => site.Write("site.yml", "title: Baseline\nbaseUrl: javascript:alert(1)\n"),
            "site.yml", 2, 10, "baseUrl");
        yield return new BadInputCase("site-yml-nav-javascript",
            site => site.Write("site.yml", "title: Baseline\nbaseUrl: https://test.example/\nnav:\n  - { title: X, url: 'javascript:alert(1)' }\n"),
            "site.yml", 4, AnyColumn, "unsafe scheme");
        yield return new BadInputCase("site-yml-language-markup",
            site => site.Write("site.yml", "title: Baseline\nbaseUrl: https://test.example/\nlanguage: 'en\"><script>alert(1)</script>'\n"),
            "site.yml", 3, 11, "language");

        // Theme.
        yield return new BadInputCase("theme-syntax-error",
            site => site.WriteTheme("layouts/page.html", "<h1>{{ page.title }}</h1>\n{{ if page.title }}\n<p>never closed</p>\n"),
            "layouts/page.html", AnyLineOrFirst, 0, "layout syntax error", CopyTheme: true);
        yield return new BadInputCase("theme-fails-while-rendering",
            site => site.WriteTheme("layouts/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ no_such_function 42 }}</p>\n"),
            "layouts/page.html", 2, AnyColumn, "layout failed while rendering", CopyTheme: true);
        yield return new BadInputCase("theme-include-escaping-layouts",
            site => site.WriteTheme("layouts/page.html", "<h1>{{ page.title }}</h1>\n{{ include '../../../../../../etc/passwd' }}\n"),
            "layouts/page.html", 2, AnyColumn, "outside the theme", CopyTheme: true);
        yield return new BadInputCase("theme-base-layout-missing",
            site => File.Delete(Path.Combine(site.Theme, "layouts", "base.html")),
            "layouts", 0, 0, "no base layout", CopyTheme: true);
    }

    /// <summary>Any line &gt; 0 (the position is knowable but the test does not pin it).</summary>
    private const int AnyLineOrFirst = BadInputCase.AnyLine;

    /// <summary>Any column (not checked).</summary>
    private const int AnyColumn = 0;
}
