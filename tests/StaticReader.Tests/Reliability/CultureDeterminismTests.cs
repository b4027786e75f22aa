using System.Text.Json.Nodes;
using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// Byte-identical output across runs, time zones and cultures. Content has dates, numbers and the Turkish dotted and
/// dotless i (whose case mapping differs in tr-TR) in titles, aliases and mentions.
/// </summary>
public sealed class CultureDeterminismTests
{
    private static readonly Dictionary<string, string> Turkish = new()
    {
        ["TZ"] = "Pacific/Kiritimati", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["DOTNET_CLI_UI_LANGUAGE"] = "tr",
    };

    private static readonly Dictionary<string, string> German = new()
    {
        ["TZ"] = "America/St_Johns", ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["DOTNET_CLI_UI_LANGUAGE"] = "de",
    };

    private static void WriteSite(TempSite site)
    {
        site.Write("site.yml", "title: İstanbul Reader\ndescription: Numbers 1,234.5 and 3.14; 2025-06-14.\nbaseUrl: https://det.example/reader/\nlanguage: tr\nauthor: Işıl Yılmaz\n");
        var terms = new (string Slug, string Title, string Aliases, string Kind)[]
        {
            ("istanbul", "İstanbul", "[Constantinople]", "organization"), ("dis", "DIŞ", "[dış politika, Dış]", "policy"),
            ("isik", "Işık", "[ışık, IŞIK]", "concept"), ("ilk", "ilk", "[]", "concept"), ("zebra", "Zebra", "[]", "product"),
            ("aerger", "Ärger", "[ärger]", "concept"), ("aepfel", "Äpfel", "[]", "concept"), ("olcu", "Ölçü", "[]", "person"),
            ("cay", "çay", "[]", "product"), ("cin", "Çin", "[]", "organization"), ("iota", "Iota", "[]", "concept"),
        };
        foreach (var (slug, title, aliases, kind) in terms)
        {
            site.Write($"glossary/{slug}.md", $"---\ntitle: {title}\nsummary: {title} costs 1,234.50 € or 3.14 %.\naliases: {aliases}\nkind: {kind}\ndate: 2025-0{1 + title.Length % 9}-1{title.Length % 9}\n---\nAbout {title}: 0.5, 1e3, 12:30, 2025-06-14T23:30:00+14:00.\n");
        }

        for (var i = 0; i < 6; i++)
        {
            site.Write($"texts/text-{i}.md", $"---\ntitle: Text {i} İSTANBUL ıi İI\ndate: 2025-{(i % 12) + 1:00}-{(i * 5 % 28) + 1:00}\nsource: {{ outlet: DIŞ Haber, date: 2024-12-31, url: https://example.com/{i} }}\n---\n" +
                $"In İstanbul and ISTANBUL and istanbul, DIŞ and dış politika and Işık and IŞIK, ilk and ILK, Ärger and ÄRGER.\n\n" +
                $"Numbers: {i * 1234.5:0.0} 1,234.5 1.234,5 3.14 -0 1e-7; a date 2025-06-14 and a time 23:59:60.[^n{i}]\n\n" +
                $"[^n{i}]: A note on [[istanbul]] and [[DIŞ]] and [[Işık]].\n");
        }

        site.Write("texts/month.md", "---\ntitle: A month only\ndate: 2025-02\n---\nFebruary İstanbul.\n");
        site.Write("explainers/why.md", "---\ntitle: Why İ ≠ i\ndate: 2025-06-14\n---\nSee [[text-1]], [[İstanbul]], [[ilk]], [[Ölçü]] and [[çay]].\n");
        site.Write("pages/about.md", "---\ntitle: Hakkında\n---\nİletişim.\n");
    }

    [Fact]
    public void Builds_in_other_time_zones_and_cultures_are_byte_identical()
    {
        using var site = new TempSite();
        WriteSite(site);
        var reference = Path.Combine(site.Root, "reference");
        var again = Path.Combine(site.Root, "again");
        Assert.True(SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, reference)).Published);
        Assert.True(SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, again)).Published);
        var expected = TreeSnapshot.Of(reference);
        Assert.True(expected.Count > 20);
        Assert.Equal(expected, TreeSnapshot.Of(again));

        var feed = File.ReadAllText(Path.Combine(reference, "feed.xml"));
        Assert.Contains("2025-06-14T00:00:00Z", feed);
        Assert.Contains("2025-02-01T00:00:00Z", feed);

        var variants = new (string Name, Dictionary<string, string>? Environment, bool CultureAware)[]
        {
            ("default", null, false), ("tr-TR, UTC+14", Turkish, false), ("de-DE, UTC-3:30", German, false), ("tr-TR with ICU cultures on", Turkish, true),
        };
        foreach (var (name, environment, cultureAware) in variants)
        {
            var output = Path.Combine(site.Root, "out-" + name.Split(',')[0]);
            var args = new List<string>();
            if (cultureAware)
            {
                // The tool ships with invariant globalization; prove the output would not change if that were ever turned off.
                args.AddRange(["exec", "--runtimeconfig", CultureAwareRuntimeConfig(site.Root), Path.Combine(AppContext.BaseDirectory, "StaticReader.dll")]);
            }

            args.AddRange(["build", "--input", site.Input, "--theme", site.Theme, "--output", output, "--quiet"]);
            var run = cultureAware ? RunDotnet(site.Root, environment, args) : Cli.Run(site.Root, environment, TimeSpan.FromSeconds(120), [.. args]);
            Assert.True(run.Code == 0, $"{name}: exit {run.Code}\n{run.Err}");
            var actual = TreeSnapshot.Of(output);
            var differing = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).ToList();
            Assert.True(differing.Count == 0, $"{name}: {differing.Count} files differ, e.g. {string.Join(", ", differing.Take(5))}");
        }
    }

    /// <summary>A copy of the tool's runtimeconfig.json with invariant globalization off, so LANG/LC_ALL select an ICU culture.</summary>
    private static string CultureAwareRuntimeConfig(string folder)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "StaticReader.runtimeconfig.json");
        var config = JsonNode.Parse(File.ReadAllText(source))!;
        var properties = config["runtimeOptions"]!["configProperties"] ??= new JsonObject();
        properties["System.Globalization.Invariant"] = false;
        properties["System.Globalization.PredefinedCulturesOnly"] = false;
        var path = Path.Combine(folder, "culture-aware.runtimeconfig.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private static Cli.Outcome RunDotnet(string workingDir, Dictionary<string, string>? environment, List<string> args)
    {
        var start = Cli.StartInfo(workingDir, environment);
        start.ArgumentList.Clear();
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Cli.Outcome(process.ExitCode, stdout.Result, stderr, TimeSpan.Zero);
    }
}
