using System.Reflection;

namespace StaticReader.Cli;

/// <summary>
/// The JSON Schemas of <c>site.yml</c> and of each kind of front matter (the repository's <c>schemas/</c>, embedded in the
/// tool). <c>init</c> and <c>new</c> copy them into a site's <c>schemas/</c> folder beside <c>input/</c> and point each
/// file at its schema with a relative <c># yaml-language-server: $schema=…</c> line, so an editor completes and checks
/// fields offline, without a schema store.
/// </summary>
public static class SchemaFiles
{
    /// <summary>The folder, beside <c>input/</c>, that holds the schemas.</summary>
    public const string Folder = "schemas";

    /// <summary>The schema of <c>site.yml</c>.</summary>
    public const string Site = "site";

    /// <summary>The schema names the tool ships: <c>site</c> and one per kind of content <c>new</c> writes, plus sources.</summary>
    public static IReadOnlyList<string> Names { get; } = [Site, "text", "term", "explainer", "page", "source"];

    /// <summary>The file name of a schema, e.g. <c>term.schema.json</c>.</summary>
    public static string FileName(string name) => name + ".schema.json";

    /// <summary>
    /// The comment that points an editor (the YAML language server of VS Code, Zed, Neovim…) at a schema, as a path
    /// relative to the file: <paramref name="depth"/> is how many folders the file sits below the site's root
    /// (1 for <c>input/site.yml</c>, 2 for <c>input/glossary/x.md</c>).
    /// </summary>
    public static string ModelineFor(string name, int depth) =>
        "# yaml-language-server: $schema=" + string.Concat(Enumerable.Repeat("../", depth)) + Folder + "/" + FileName(name);

    /// <summary>The text of a shipped schema.</summary>
    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Folder + "/" + FileName(name))
            ?? throw new InvalidOperationException($"the schema '{name}' is not embedded in the tool");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Writes every schema into <c>&lt;root&gt;/schemas/</c> that is not there yet; an existing file is kept (a site may
    /// pin the schemas of the version it was written for).
    /// </summary>
    public static void WriteMissing(string root)
    {
        var folder = Path.Combine(root, Folder);
        Directory.CreateDirectory(folder);
        foreach (var name in Names)
        {
            var path = Path.Combine(folder, FileName(name));
            if (!File.Exists(path))
            {
                File.WriteAllText(path, Read(name));
            }
        }
    }
}
