using StaticReader.Cli;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Cli;

/// <summary><c>init</c> makes a site that builds and passes strict checks; <c>new</c> scaffolds and never overwrites.</summary>
public sealed class ScaffoldCommandTests
{
    [Fact]
    public void Init_creates_a_site_that_builds_and_passes_strict_check()
    {
        using var temp = new TempSite();
        var (code, _, stderr) = CliProcess.Run(temp.Root, "init", "reader");
        Assert.True(code == 0, stderr);
        var site = Path.Combine(temp.Root, "reader");
        Assert.True(File.Exists(Path.Combine(site, "input", "site.yml")));
        var siteYml = File.ReadAllText(Path.Combine(site, "input", "site.yml"));
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/site.schema.json\n", siteYml);
        Assert.Equal(SchemaFiles.Read("site"), File.ReadAllText(Path.Combine(site, "schemas", "site.schema.json")));
        var term = File.ReadAllText(Path.Combine(site, "input", "glossary", "first-term.md"));
        Assert.StartsWith("---\n# yaml-language-server: $schema=../../schemas/term.schema.json\n", term);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(site, "input", "glossary", "../../schemas/term.schema.json"))));

        var check = CliProcess.Run(site, "check", "--strict", "--theme", temp.Theme);
        Assert.True(check.Code == 0, check.Err);
        var build = CliProcess.Run(site, "build", "--theme", temp.Theme);
        Assert.True(build.Code == 0, build.Err);
        var text = File.ReadAllText(Path.Combine(site, "output", "texts", "first-text", "index.html"));
        Assert.Contains("href=\"/glossary/first-term/\"", text);
        Assert.Contains("class=\"note\"", text);

        Assert.Equal(1, CliProcess.Run(temp.Root, "init", "reader").Code);
    }

    [Fact]
    public void New_writes_front_matter_with_a_slug_and_refuses_to_overwrite()
    {
        using var site = new TempSite();
        var (code, stdout, _) = CliProcess.Run(site.Root, "new", "term", "Small modular reactor");
        Assert.Equal(0, code);
        Assert.Contains("input/glossary/small-modular-reactor.md", stdout);
        var path = Path.Combine(site.Input, "glossary", "small-modular-reactor.md");
        Assert.StartsWith("---\n# yaml-language-server: $schema=../../schemas/term.schema.json\ntitle: \"Small modular reactor\"\nsummary:", File.ReadAllText(path));
        Assert.Equal(SchemaFiles.Read("term"), File.ReadAllText(Path.Combine(site.Root, "schemas", "term.schema.json")));

        File.AppendAllText(path, "My edits.");
        var again = CliProcess.Run(site.Root, "new", "term", "Small modular reactor");
        Assert.Equal(1, again.Code);
        Assert.Contains("already exists", again.Err);
        Assert.EndsWith("My edits.", File.ReadAllText(path));

        Assert.Equal(2, CliProcess.Run(site.Root, "new", "poem", "X").Code);
        Assert.True(site.Build().Published, "a scaffolded term must build");
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    [InlineData("check")]
    [InlineData("init")]
    [InlineData("new")]
    public void Every_command_has_help_with_examples(string command)
    {
        using var site = new TempSite();
        var (code, stdout, _) = CliProcess.Run(site.Root, command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage:\n  staticreader " + command, stdout.ReplaceLineEndings("\n"));
        Assert.Contains("Examples:\n  staticreader " + command, stdout.ReplaceLineEndings("\n"));
    }
}
