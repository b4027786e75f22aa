using System.Diagnostics;
using System.Text.Json;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// docs/extending.md's example, as a library user runs it: the small program in docs/examples/stats is built with
/// dotnet and builds a site with a custom emitter (stats.json), a custom template function (word_count) and a custom
/// page pass (rel="external" on links that leave the site).
/// </summary>
public sealed class ExtensionExampleTests
{
    private static string Example => Path.Combine(RepoPaths.Root, "docs", "examples", "stats");

    [Fact]
    public void The_documented_example_is_the_example_that_is_built()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "extending.md"));
        foreach (var file in new[] { "StatsExtension.cs", "ExternalLinksPass.cs", "Program.cs", "stats.csproj" })
        {
            Assert.Contains(File.ReadAllText(Path.Combine(Example, file)).TrimEnd(), doc);
        }
    }

    [Fact]
    public async Task The_example_program_builds_a_site_with_its_emitter_and_template_function()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("texts/roundup.md", "---\ntitle: Roundup\n---\nOne two three four five, as [Reuters](https://www.reuters.com/) reported.[^n]\n\n[^n]: A note.");
        site.Write("glossary/chips.md", "---\ntitle: Chips\nsummary: Processors.\n---\nSix seven.");
        var text = File.ReadAllText(Path.Combine(site.Theme, "layouts", "text.html"));
        site.WriteTheme("layouts/text.html", text + "<p class=\"words\">{{ word_count page.body }} words</p>");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "run", "--project", Example, "-c", "Release", "--", site.Input, site.Theme, site.Output })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "the example timed out");
        Assert.True(process.ExitCode == 0, $"the example failed ({process.ExitCode}):\n{await stdout}\n{stderr}");

        using var stats = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "stats.json")));
        var collections = stats.RootElement.GetProperty("collections");
        Assert.Equal(1, collections.GetProperty("texts").GetInt32());
        Assert.Equal(1, collections.GetProperty("glossary").GetInt32());
        Assert.Equal(0, collections.GetProperty("explainers").GetInt32());
        Assert.Equal(1, stats.RootElement.GetProperty("notes").GetInt32());
        Assert.True(stats.RootElement.GetProperty("words").GetInt32() >= 9, stats.RootElement.ToString());
        Assert.Matches("<p class=\"words\">\\d+ words</p>", site.ReadOutput("texts/roundup/index.html"));
        Assert.Contains("<a href=\"https://www.reuters.com/\" rel=\"external\">Reuters</a>", site.ReadOutput("texts/roundup/index.html"));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")), "the built-in emitters still ran");
    }
}
