using System.Text.Json.Nodes;
using StaticReader.Cli;
using StaticReader.Core.Content;
using StaticReader.Core.Loading;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Schemas;

/// <summary>
/// The editor schemas and the loader agree: every field the loader reads is in the schema, and the schema has no field
/// the loader does not read. The loader's own field lists drive it, so a field added to one and not the other fails here.
/// </summary>
public sealed class SchemaLoaderAgreementTests
{
    public static TheoryData<string> Collections => [.. RepoSchemas.ByCollection.Keys];

    [Theory]
    [MemberData(nameof(Collections))]
    public void Front_matter_schema_has_exactly_the_fields_the_loader_reads(string collection)
    {
        var schema = RepoSchemas.Json(RepoSchemas.ByCollection[collection]);
        var read = FrontMatterReader.FieldsFor(BuiltInCollections.All.Single(c => c.Name == collection));
        Assert.Equal(read.Order(StringComparer.Ordinal), RepoSchemas.Properties(schema));

        Assert.Equal(FrontMatterReader.CorrectionFields.Order(StringComparer.Ordinal), RepoSchemas.Properties(schema["properties"]!["corrections"]!["items"]!));
        Assert.Equal(FrontMatterReader.SourceInfoFields.Order(StringComparer.Ordinal), RepoSchemas.Properties(schema["$defs"]!["sourceInfo"]!));
        Assert.Equal(FrontMatterReader.TermKindNames, Enum(schema["properties"]!["kind"]!));
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public void Front_matter_schema_leaves_unknown_fields_open_as_the_loader_passes_them_to_page_params(string collection)
    {
        var schema = RepoSchemas.Json(RepoSchemas.ByCollection[collection]);
        Assert.True(schema["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(collection == BuiltInCollections.Glossary.Name ? ["summary", "title"] : ["title"],
            schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Source_schema_types_are_the_loaders()
    {
        Assert.Equal(SourceReference.Types, Enum(RepoSchemas.Json("source")["properties"]!["type"]!));
    }

    [Fact]
    public void Site_schema_has_exactly_the_settings_the_loader_reads_and_closes_the_ones_it_warns_or_fails_on()
    {
        var schema = RepoSchemas.Json(SchemaFiles.Site);
        Assert.Equal(SiteConfigReader.Fields.Order(StringComparer.Ordinal), RepoSchemas.Properties(schema));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(SiteConfigReader.NavItemFields.Order(StringComparer.Ordinal), RepoSchemas.Properties(schema["properties"]!["nav"]!["items"]!));

        var collection = schema["$defs"]!["collection"]!;
        Assert.Equal(CollectionsReader.Fields.Order(StringComparer.Ordinal), RepoSchemas.Properties(collection));
        Assert.False(collection["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void Every_schema_property_has_a_description_for_the_editor()
    {
        foreach (var name in SchemaFiles.Names)
        {
            foreach (var (path, property) in AllProperties(RepoSchemas.Json(name), name))
            {
                Assert.False(string.IsNullOrWhiteSpace(property["description"]?.GetValue<string>()), $"{path} has no description");
            }
        }
    }

    [Fact]
    public void The_tool_embeds_the_repositorys_schemas_and_no_others()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "schemas"), "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, SchemaFiles.Names.Select(SchemaFiles.FileName).Order(StringComparer.Ordinal));
        foreach (var name in SchemaFiles.Names)
        {
            Assert.Equal(File.ReadAllText(RepoSchemas.PathOf(name)), SchemaFiles.Read(name));
        }
    }

    [Fact]
    public void An_unknown_site_setting_is_a_warning_with_the_nearest_setting_where_the_schema_rejects_it()
    {
        using var site = new TempSite();
        site.Write("site.yml", "# yaml-language-server: $schema=../schemas/site.schema.json\ntitle: T\nbaseUrl: https://test.example/\nserach: false\n");
        var result = site.Build();
        Assert.True(result.Published);
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("serach", StringComparison.Ordinal));
        Assert.Equal(4, warning.Line);
        Assert.Contains("'search'", warning.Hint);

        var errors = RepoSchemas.Errors(RepoSchemas.Validator(SchemaFiles.Site), YamlAsJson.Parse("title: T\nserach: false\n"));
        Assert.NotEmpty(errors);
    }

    private static IEnumerable<string> Enum(JsonNode property) => property["enum"]!.AsArray().Select(n => n!.GetValue<string>());

    private static IEnumerable<(string Path, JsonObject Property)> AllProperties(JsonNode schema, string path)
    {
        if (schema is not JsonObject obj)
        {
            yield break;
        }

        foreach (var (key, child) in obj)
        {
            if (key == "properties" && child is JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    yield return ($"{path}.{name}", property!.AsObject());
                }
            }

            foreach (var nested in child is JsonArray array ? array.SelectMany(a => AllProperties(a!, path + "." + key)) : AllProperties(child!, path + "." + key))
            {
                yield return nested;
            }
        }
    }
}
