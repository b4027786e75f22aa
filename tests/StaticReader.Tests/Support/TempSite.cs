using StaticReader.Core.Pipeline;

namespace StaticReader.Tests.Support;

/// <summary>A throwaway site folder (input, theme copy, output) for one test; deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    /// <summary>Creates a site with a valid minimal input and the repository's theme.</summary>
    public TempSite(bool copyTheme = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "sr-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Input);
        Write("site.yml", "title: Test site\nbaseUrl: https://test.example/\n");
        Theme = RepoPaths.Theme;
        if (copyTheme)
        {
            Theme = Path.Combine(Root, "theme");
            CopyDirectory(RepoPaths.Theme, Theme);
        }
    }

    /// <summary>The site folder.</summary>
    public string Root { get; }

    /// <summary>The content folder.</summary>
    public string Input => Path.Combine(Root, "input");

    /// <summary>The output folder.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>The theme folder (the repository's, or a private copy).</summary>
    public string Theme { get; }

    /// <summary>Writes a file under input/ (creating folders).</summary>
    public TempSite Write(string relativePath, string content)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Writes raw bytes under input/.</summary>
    public TempSite WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    /// <summary>Writes a file under the private theme copy.</summary>
    public TempSite WriteTheme(string relativePath, string content)
    {
        File.WriteAllText(Path.Combine(Theme, relativePath), content);
        return this;
    }

    /// <summary>Builds the site into <see cref="Output"/>.</summary>
    public BuildResult Build(bool drafts = false) =>
        SiteBuilder.Build(new BuildOptions(Input, Theme, Output, IncludeDrafts: drafts));

    /// <summary>Reads an output file.</summary>
    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A background deletion may still be running; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>Copies a folder recursively.</summary>
    public static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }
}
