using System.Text.Json.Nodes;
using Json.Schema;
using StaticReader.Core.Content;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Schemas;

/// <summary>The schemas of the repository's <c>schemas/</c> folder, as JSON and as validators.</summary>
internal static class RepoSchemas
{
    /// <summary>The schema each built-in collection's front matter is written against.</summary>
    public static IReadOnlyDictionary<string, string> ByCollection { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [BuiltInCollections.Texts.Name] = "text",
        [BuiltInCollections.Glossary.Name] = "term",
        [BuiltInCollections.Explainers.Name] = "explainer",
        [BuiltInCollections.Pages.Name] = "page",
        [BuiltInCollections.Sources.Name] = "source",
    };

    /// <summary>The path of a schema file.</summary>
    public static string PathOf(string name) => Path.Combine(RepoPaths.Root, "schemas", name + ".schema.json");

    /// <summary>A schema as JSON.</summary>
    public static JsonObject Json(string name) => JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();

    /// <summary>The property names a schema object declares.</summary>
    public static IReadOnlyList<string> Properties(JsonNode schema) =>
        schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>A schema as a validator (each its own build context, so two never clash over an id).</summary>
    public static JsonSchema Validator(string name) =>
        JsonSchema.FromFile(PathOf(name), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("file://" + PathOf(name)));

    /// <summary>The validation errors of <paramref name="instance"/>, one line each, empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode instance)
    {
        var result = schema.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
    }
}
