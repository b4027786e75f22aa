using StaticReader.Core.Model;
using StaticReader.Core.Pipeline;

namespace StaticReader.Tests.Support;

/// <summary>
/// The reader site of <c>input/</c>, built once for a test class (<c>IClassFixture&lt;BuiltReaderSite&gt;</c>) into a
/// temporary folder with a fixed base URL, with the build's model for tests that look at pages before rendering.
/// </summary>
public sealed class BuiltReaderSite : IDisposable
{
    /// <summary>The base URL the site is built with.</summary>
    public const string BaseUrl = "https://reader.example/";

    public BuiltReaderSite()
    {
        var (result, model) = SiteBuilder.BuildModel(new BuildOptions(Path.Combine(RepoPaths.Root, "input"), RepoPaths.Theme, Output, BaseUrl));
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Model = model!;
    }

    /// <summary>The output folder.</summary>
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "sr-reader-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The build's site model: converted pages, links, index.</summary>
    public SiteModel Model { get; }

    /// <summary>The text of an output file.</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
