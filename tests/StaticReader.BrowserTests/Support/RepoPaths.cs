namespace StaticReader.BrowserTests.Support;

/// <summary>Locates the repository (the folder holding StaticReader.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StaticReader.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("StaticReader.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The reader site's content.</summary>
    public static string Input => Path.Combine(Root, "input");

    /// <summary>The built-in theme.</summary>
    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>axe-core, installed by npm from this project's package.json.</summary>
    public static string AxeScript => Path.Combine(Root, "tests", "StaticReader.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Where screenshots go for a person to look at (git-ignored).</summary>
    public static string Screenshots => Path.Combine(Root, "tests", "screenshots");
}
