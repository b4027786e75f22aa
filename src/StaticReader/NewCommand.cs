namespace StaticReader.Cli;

/// <summary><c>staticreader new text|term|explainer|page "Title"</c>: writes a new content file with front matter; never overwrites.</summary>
public static class NewCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(string[] args)
    {
        var parsed = Arguments.Parse(args, ["input"], ["help"]);
        if (parsed.Has("help"))
        {
            Console.Out.Write(Usage.New);
            return CommandLine.Ok;
        }

        if (parsed.Positional.Count != 2 || !Scaffold.Folders.TryGetValue(parsed.Positional[0], out var folder))
        {
            throw new UsageException("usage: staticreader new text|term|explainer|page \"Title\"");
        }

        var title = parsed.Positional[1].Trim();
        var slug = Scaffold.SlugOf(title);
        if (slug.Length == 0)
        {
            throw new UsageException($"the title '{title}' has no letters or digits to make a file name from");
        }

        var path = Path.Combine(parsed.Value("input", "input"), folder, slug + ".md");
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: error: the file already exists; nothing was written");
            Console.Error.WriteLine("    hint: choose another title, or edit the existing file");
            return CommandLine.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Scaffold.For(parsed.Positional[0], title));
        Console.Out.WriteLine($"Created {path.Replace('\\', '/')}");
        return CommandLine.Ok;
    }
}
