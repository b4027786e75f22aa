namespace StaticReader.Tests.Support;

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

    /// <summary>The built-in theme.</summary>
    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>A fixture folder under tests/StaticReader.Tests/Fixtures.</summary>
    public static string Fixture(string name) => Path.Combine(Root, "tests", "StaticReader.Tests", "Fixtures", name);
}
