using StaticReader.Cli;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Schemas;

/// <summary>
/// The repository's own content validates against the schemas (with JsonSchema.Net, a draft 2020-12 validator), and the
/// schemas refuse what the loader refuses, so an editor's squiggle and a build error point at the same mistakes.
/// </summary>
public sealed class InputValidatesTests
{
    public static TheoryData<string> ContentFiles()
    {
        var input = Path.Combine(RepoPaths.Root, "input");
        return [.. RepoSchemas.ByCollection.Keys
            .Where(c => Directory.Exists(Path.Combine(input, c)))
            .SelectMany(c => Directory.GetFiles(Path.Combine(input, c), "*.md"))
            .Select(f => Path.GetRelativePath(input, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void The_sites_settings_validate()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "input", "site.yml"));
        Assert.Empty(RepoSchemas.Errors(RepoSchemas.Validator(SchemaFiles.Site), YamlAsJson.Parse(yaml)));
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_content_file_validates_against_its_collections_schema(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "input", relativePath)).ReplaceLineEndings("\n");
        var split = FrontMatterSplitter.Split(text, relativePath, new DiagnosticBag());
        Assert.NotNull(split);
        var schema = RepoSchemas.ByCollection[relativePath.Split('/')[0]];
        var errors = RepoSchemas.Errors(RepoSchemas.Validator(schema), YamlAsJson.Parse(split.Yaml));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_content_file_names_its_schema_by_a_path_that_resolves(string relativePath)
    {
        var full = Path.Combine(RepoPaths.Root, "input", relativePath);
        var second = File.ReadLines(full).Skip(1).First();
        var schema = RepoSchemas.ByCollection[relativePath.Split('/')[0]];
        Assert.Equal(SchemaFiles.ModelineFor(schema, depth: 2), second);
        var target = second[(second.IndexOf("$schema=", StringComparison.Ordinal) + "$schema=".Length)..];
        Assert.Equal(RepoSchemas.PathOf(schema), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, target)));
    }

    [Theory]
    [InlineData("site", "search: sharded\ncitations: numeric\nautolink: all\ncollections:\n  interviews: { url: /interviews/:slug/, sequence: true }\n  notes:\n", true)]
    [InlineData("site", "search: elastic\n", false)]
    [InlineData("site", "citations: chicago\n", false)]
    [InlineData("site", "autolink: never\n", false)]
    [InlineData("site", "nav:\n  - { title: Glossary }\n", false)]
    [InlineData("site", "collections:\n  interviews: { urls: /i/:slug/ }\n", false)]
    [InlineData("site", "collections:\n  Interviews: { url: /i/:slug/ }\n", false)]
    [InlineData("term", "title: Compute\n", false)]
    [InlineData("term", "title: Compute\nsummary: Processing power.\nkind: concept\naliases: computing power\nguest: Ann\n", true)]
    [InlineData("term", "title: Compute\nsummary: Processing power.\nkind: gadget\n", false)]
    [InlineData("text", "title: T\ndate: 14 June 2025\n", false)]
    [InlineData("text", "title: T\ndraft: yes\nsource: { outlet: SCMP, url: https://www.scmp.com/ }\n", true)]
    [InlineData("text", "title: T\ncorrections:\n  - { date: 2025-06-25 }\n", false)]
    [InlineData("explainer", "summary: no title\n", false)]
    [InlineData("source", "title: A paper\ndate: 2025\ntype: paper\ndoi: https://doi.org/10.48550/arXiv.2506.12708\n", true)]
    [InlineData("source", "title: A paper\ntype: tweet\n", false)]
    public void The_schemas_accept_and_refuse_as_the_loader_does(string schema, string yaml, bool valid)
    {
        if (schema == SchemaFiles.Site)
        {
            yaml = "title: T\n" + yaml;
        }

        var errors = RepoSchemas.Errors(RepoSchemas.Validator(schema), YamlAsJson.Parse(yaml));
        Assert.True(valid == (errors.Count == 0), string.Join("\n", errors));

        // The loader agrees: the same YAML builds without errors exactly when the schema accepts it.
        using var site = new TempSite();
        if (schema == SchemaFiles.Site)
        {
            site.Write("site.yml", "baseUrl: https://test.example/\n" + yaml);
        }
        else
        {
            var folder = RepoSchemas.ByCollection.Single(c => c.Value == schema).Key;
            site.Write($"{folder}/x.md", "---\n" + yaml + "---\nText.\n");
        }

        var result = site.Build();
        Assert.True(valid == !result.HasErrors, string.Join("\n", result.Diagnostics));
    }
}
