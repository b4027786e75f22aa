using System.CommandLine;

namespace StaticReader.Cli;

/// <summary><c>staticreader init DIR</c>: a new site (site.yml, one text, one term, one explainer) that builds with the built-in theme.</summary>
public static class InitCommand
{
    /// <summary>The command's declaration: its argument, help and action.</summary>
    public static Command Declare()
    {
        var dir = new Argument<string>("dir") { Description = "the folder of the new site (created when missing)" };
        var command = new Command("init", "Create DIR/input/ with site.yml, one text, one term and one explainer, ready to build with the built-in theme, and DIR/schemas/ with the editor schemas their first lines point to. Refuses a folder that already has content.")
        {
            dir,
        };
        command.SetAction(result => Run(result.GetValue(dir)!, result.GetValue(SharedOptions.Quiet)));
        return command.With("staticreader init my-reader && cd my-reader && staticreader serve");
    }

    private static int Run(string root, bool quiet)
    {
        var input = Path.Combine(root, "input");
        if (Directory.Exists(input) && Directory.EnumerateFileSystemEntries(input).Any())
        {
            Console.Error.WriteLine($"{input}: error: the folder already has content; nothing was written");
            Console.Error.WriteLine("    hint: choose an empty or new folder");
            return CommandLine.ContentErrors;
        }

        Directory.CreateDirectory(input);
        var name = Path.GetFileName(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar));
        SchemaFiles.WriteMissing(root);
        File.WriteAllText(Path.Combine(input, "site.yml"), $"""
            {SchemaFiles.ModelineFor(SchemaFiles.Site, depth: 1)}
            title: "{name}"
            description: An annotated reader.
            baseUrl: https://example.org/
            language: en
            author: ""
            autolink: first-per-section
            nav:
              - {"{"} title: Texts, url: /texts/ {"}"}
              - {"{"} title: Glossary, url: /glossary/ {"}"}
              - {"{"} title: Explainers, url: /explainers/ {"}"}

            """);
        Write(input, "text", "First text");
        Write(input, "term", "First term");
        Write(input, "explainer", "First explainer");
        var text = Path.Combine(input, "texts", "first-text.md");
        File.WriteAllText(text, File.ReadAllText(text).Replace("Paste the text here.", "Paste the text here: the first term links itself, and [[first-explainer]] is one click away."));
        var explainer = Path.Combine(input, "explainers", "first-explainer.md");
        File.WriteAllText(explainer, File.ReadAllText(explainer).Replace("Link any page with `[[its-slug]]`.", "Link any page with `[[its-slug]]`, like [[first-text]]."));
        var term = Path.Combine(input, "glossary", "first-term.md");
        File.WriteAllText(term, File.ReadAllText(term).Replace("(link any page", "such as [[first-explainer|the explainer]] (link any page"));

        if (!quiet)
        {
            Console.Out.WriteLine($"Created a new site in {root}/. Next:\n  cd {root}\n  staticreader serve");
        }

        return CommandLine.Ok;
    }

    private static void Write(string input, string kind, string title)
    {
        var path = Path.Combine(input, Scaffold.Folders[kind], Scaffold.SlugOf(title) + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Scaffold.For(kind, title));
    }
}
