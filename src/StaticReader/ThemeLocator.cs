namespace StaticReader.Cli;

/// <summary>Finds the theme: <c>./theme</c> when the site has one, else the theme shipped beside the tool.</summary>
public static class ThemeLocator
{
    /// <summary>The default theme folder.</summary>
    public static string Default() =>
        Directory.Exists("theme/layouts") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme");
}
