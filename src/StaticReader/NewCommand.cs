using System.CommandLine;

namespace StaticReader.Cli;

/// <summary><c>staticreader new text|term|explainer|page "Title"</c>: writes a new content file with front matter; never overwrites.</summary>
public static class NewCommand
{
    /// <summary>The command's declaration: its arguments, help and action.</summary>
    public static Command Declare()
    {
        var kind = new Argument<string>("kind") { Description = "what to add: " + string.Join(", ", Scaffold.Folders.Keys) };
        kind.AcceptOnlyFromAmong([.. Scaffold.Folders.Keys]);
        var title = new Argument<string>("title") { Description = "its title; the file name (slug) is made from it" };
        var input = SharedOptions.Input();
        var command = new Command("new", "Write input/<folder>/<slug>.md with front matter to fill in. Never overwrites an existing file.")
        {
            kind, title, input,
        };
        command.SetAction(result => Run(result.GetValue(kind)!, result.GetValue(title)!, result.GetValue(input)!, result.GetValue(SharedOptions.Quiet)));
        return command.With(
            "staticreader new term \"Small modular reactor\"",
            "staticreader new explainer \"Why energy entered the AI race\"");
    }

    private static int Run(string kind, string rawTitle, string inputDir, bool quiet)
    {
        var folder = Scaffold.Folders[kind];
        var title = rawTitle.Trim();
        var slug = Scaffold.SlugOf(title);
        if (slug.Length == 0)
        {
            throw new UsageException($"the title '{title}' has no letters or digits to make a file name from");
        }

        var path = Path.Combine(inputDir, folder, slug + ".md");
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: error: the file already exists; nothing was written");
            Console.Error.WriteLine("    hint: choose another title, or edit the existing file");
            return CommandLine.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Scaffold.For(kind, title));

        // The file's modeline points at ../../schemas/: make sure the schema is there (a site made before init wrote them).
        SchemaFiles.WriteMissing(Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd(Path.DirectorySeparatorChar))!);
        if (!quiet)
        {
            Console.Out.WriteLine($"Created {path.Replace('\\', '/')}");
        }

        return CommandLine.Ok;
    }
}
