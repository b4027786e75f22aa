using System.Text;
using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// Inputs no writer means to write but any writer can paste: runs of brackets, braces, backticks, deep nesting,
/// thousands of notes or links. The build must finish in reasonable time and either succeed or fail with a located
/// error, never crash. Cases that nest deeply run through the CLI process, because a stack overflow cannot be caught.
/// </summary>
public sealed class PathologicalInputTests
{
    private static string Body(string name) => name switch
    {
        "braces" => string.Concat(Enumerable.Repeat("{#a", 20_000)) + "}",
        "backticks" => new string('`', 100_000),
        "quotes-60" => new string('>', 60) + " deep\n",
        "lists-30" => string.Concat(Enumerable.Range(0, 30).Select(i => new string(' ', 2 * i) + "- item\n")),
        "table-2000-rows" => "| a | b | c |\n|---|---|---|\n" + string.Concat(Enumerable.Repeat("| x | y | z |\n", 2000)),
        "notes-3000" => string.Concat(Enumerable.Range(0, 3000).Select(i => $"Text {i}[^n{i}].\n\n")) + string.Concat(Enumerable.Range(0, 3000).Select(i => $"[^n{i}]: Note {i}.\n")),
        "wikilinks-10000" => string.Concat(Enumerable.Repeat("See [[about]]. ", 10_000)),
        "same-paragraph-2000" => string.Concat(Enumerable.Repeat("Same text here.\n\n", 2000)),
        "long-word-500k" => new string('a', 500_000),
        "brackets-1000" => new string('[', 1000),
        "quotes-200" => new string('>', 200) + " deep\n",
        "lists-100" => string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- item\n")),
        "emphasis-500" => new string('*', 500) + "x" + new string('*', 500),
        "marks-50000" => string.Concat(Enumerable.Repeat("==a", 50_000)),
        "note-openers-100000" => string.Concat(Enumerable.Repeat("[^", 100_000)),
        "emphasis-50000" => new string('*', 50_000) + "x" + new string('*', 50_000),
        "same-paragraph-30000" => string.Concat(Enumerable.Repeat("Same text here.\n\n", 30_000)),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [InlineData("braces")]
    [InlineData("backticks")]
    [InlineData("quotes-60")]
    [InlineData("lists-30")]
    [InlineData("table-2000-rows")]
    [InlineData("notes-3000")]
    [InlineData("wikilinks-10000")]
    [InlineData("same-paragraph-2000")]
    [InlineData("long-word-500k")]
    public void Pathological_input_builds_in_reasonable_time(string name)
    {
        using var site = new TempSite();
        site.Write("pages/about.md", "---\ntitle: About\n---\nAbout.\n");
        site.Write("texts/t.md", "---\ntitle: T\n---\n" + Body(name) + "\n");
        var result = TimedBuild.Run(() => site.Build(), TimeSpan.FromSeconds(30), name);
        if (!result.Published)
        {
            Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.True(d.Line > 0 && d.Hint is not null, d.ToString()));
        }
    }

    [Theory]
    [InlineData("brackets-1000")]
    [InlineData("quotes-200")]
    [InlineData("lists-100")]
    [InlineData("emphasis-500")]
    [InlineData("marks-50000")]
    [InlineData("note-openers-100000")]
    [InlineData("emphasis-50000")]
    public void Deep_nesting_is_a_located_error_not_a_crash(string name) => AssertCliFailsCleanly(name, TimeSpan.FromSeconds(60));

    [Fact]
    public void Many_identical_paragraphs_build_in_reasonable_time()
    {
        using var site = new TempSite();
        site.Write("texts/t.md", "---\ntitle: T\n---\n" + Body("same-paragraph-30000"));
        Assert.True(TimedBuild.Run(() => site.Build(), TimeSpan.FromSeconds(30), "30,000 identical paragraphs").Published);
    }

    private static void AssertCliFailsCleanly(string name, TimeSpan limit)
    {
        using var site = new TempSite();
        site.Write("texts/t.md", "---\ntitle: T\n---\n" + Body(name) + "\n");
        var run = Cli.Run(site.Root, null, limit, "build", "--theme", site.Theme, "--quiet");
        Assert.True(run.Code is 0 or 1, $"{name}: exit {run.Code}\n{run.Err[..Math.Min(run.Err.Length, 2000)]}");
        Cli.AssertNoCrash(run);
        if (run.Code == 1)
        {
            Assert.Matches(@"input/texts/t\.md:\d+:\d+: error: ", run.Err);
        }
    }
}
