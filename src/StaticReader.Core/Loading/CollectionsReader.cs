using StaticReader.Core.Content;
using YamlDotNet.RepresentationModel;

namespace StaticReader.Core.Loading;

/// <summary>
/// Reads <c>collections:</c> of <c>site.yml</c>: a map from a collection's name to its settings (folder, url, layout,
/// kind, title, autolink, sequence, feed). A built-in name changes that collection; a new name adds one.
/// </summary>
internal static class CollectionsReader
{
    /// <summary>The settings of one collection; any other is an error (the editor schema is tested against this list).</summary>
    public static IReadOnlyList<string> Fields { get; } = ["folder", "url", "layout", "kind", "title", "autolink", "sequence", "feed"];

    /// <summary>The built-in collections with the site's changes, then the ones it adds, in the order written.</summary>
    public static IReadOnlyList<Collection> Read(YamlFields site)
    {
        if (site.Node("collections") is null)
        {
            return BuiltInCollections.All;
        }

        if (site.Node("collections") is not YamlMappingNode)
        {
            site.Report(site.Node("collections")!, "'collections' must be a map from a collection's name to its settings",
                "write e.g.\ncollections:\n  interviews: { url: /interviews/{slug}/, layout: interview }");
            return BuiltInCollections.All;
        }

        var result = BuiltInCollections.All.ToList();
        var declared = site.Mapping("collections")!;
        foreach (var name in declared.Names)
        {
            var node = declared.Node(name)!;
            if (!Naming.IsMatch(name))
            {
                declared.Report(node, $"the collection name '{name}' is not a plain lower-case name", "use lower-case letters, digits and hyphens, e.g. interviews");
                continue;
            }

            var fields = node is YamlScalarNode { Value: null or "" } ? null : declared.Mapping(name);
            if (fields is null && node is not YamlScalarNode { Value: null or "" })
            {
                continue; // reported by Mapping as a wrong type
            }

            var existing = result.FindIndex(c => c.Name == name);
            var start = existing >= 0 ? result[existing] : Defaults(name);
            var collection = fields is null ? start : Apply(start, fields);
            if (collection is null)
            {
                continue;
            }

            if (result.FirstOrDefault(c => c.Name != name && c.Folder == collection.Folder) is { } clash)
            {
                declared.Report(node, $"the collection '{name}' reads the folder '{collection.Folder}/', which '{clash.Name}' already reads",
                    "give it a folder of its own with folder: …");
                continue;
            }

            if (existing >= 0)
            {
                result[existing] = collection;
            }
            else
            {
                result.Add(collection);
            }
        }

        return result;
    }

    private static readonly System.Text.RegularExpressions.Regex Naming = new("^[a-z0-9][a-z0-9-]*$");

    /// <summary>A new collection: its folder and URL are its name, its layout and kind the name without a final 's'.</summary>
    private static Collection Defaults(string name)
    {
        var singular = name.Length > 1 && name.EndsWith('s') ? name[..^1] : name;
        return new Collection(name, name, name + "/{slug}/", singular, singular, char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' '),
            AutoLink: true, Sequence: false, Feed: false, Terms: false, IndexPath: null);
    }

    private static Collection? Apply(Collection start, YamlFields fields)
    {
        foreach (var unknown in fields.Names.Where(n => !Fields.Contains(n)))
        {
            fields.Report(fields.Node(unknown)!, $"unknown collection setting '{unknown}'", "use " + string.Join(", ", Fields));
        }

        // ':slug' (Hugo's permalink style) reads well inside a YAML flow map, where '{slug}' would open a nested map.
        var url = fields.Text("url")?.TrimStart('/').Replace(":slug", "{slug}", StringComparison.Ordinal) ?? start.UrlPattern;
        if (!url.Contains("{slug}", StringComparison.Ordinal) || !url.EndsWith('/') || url.Split('/').Any(p => p is "." or ".."))
        {
            fields.Report(fields.Node("url")!, $"the url pattern '{fields.Text("url")}' must contain :slug (or {{slug}}) and end with '/'",
                "write e.g. url: /interviews/:slug/");
            return null;
        }

        var folder = fields.Text("folder") ?? start.Folder;
        if (folder.Length == 0 || folder.Contains('/') || folder.Contains('\\') || folder is "." or ".." or "assets" or "data")
        {
            fields.Report(fields.Node("folder")!, $"'{folder}' cannot be a collection's folder", "name one folder directly under input/, e.g. folder: interviews");
            return null;
        }

        var layout = fields.Text("layout") ?? start.Layout;
        return start with
        {
            Folder = folder,
            UrlPattern = url,
            Layout = layout,
            Kind = fields.Text("kind") ?? (fields.Text("layout") is null ? start.Kind : layout),
            Title = fields.Text("title") ?? start.Title,
            AutoLink = fields.Node("autolink") is null ? start.AutoLink : fields.Flag("autolink"),
            Sequence = fields.Node("sequence") is null ? start.Sequence : fields.Flag("sequence"),
            Feed = fields.Node("feed") is null ? start.Feed : fields.Flag("feed"),
        };
    }
}
