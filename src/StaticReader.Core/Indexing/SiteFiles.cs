using System.Collections.Concurrent;
using StaticReader.Core.Loading;
using StaticReader.Core.Markdown.Extensions.Figures;

namespace StaticReader.Core.Indexing;

/// <summary>
/// The files of <c>input/assets/</c> and <c>input/data/</c> by their path under <c>input/</c> (<c>assets/chip.png</c>,
/// <c>data/chips.csv</c>): what charts read their data from and images their sizes from. Sizes are read once per file.
/// </summary>
public sealed class SiteFiles
{
    private readonly Dictionary<string, InputFile> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Width, int Height)?> sizes = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="assets"/> (of <c>input/assets/</c>) and <paramref name="data"/> (of <c>input/data/</c>).</summary>
    public SiteFiles(IEnumerable<InputFile> assets, IEnumerable<InputFile> data)
    {
        foreach (var file in assets)
        {
            files.TryAdd("assets/" + file.RelativePath.Replace('\\', '/'), file);
        }

        foreach (var file in data)
        {
            files.TryAdd("data/" + file.RelativePath.Replace('\\', '/'), file);
        }
    }

    /// <summary>No files.</summary>
    public static SiteFiles None { get; } = new([], []);

    /// <summary>The file at <paramref name="path"/> under <c>input/</c>, or null.</summary>
    public InputFile? Find(string path) => files.GetValueOrDefault(path);

    /// <summary>The pixel size of the image at <paramref name="path"/> under <c>input/</c>, or null when unknown.</summary>
    public (int Width, int Height)? ImageSize(string path) =>
        Find(path) is { } file ? sizes.GetOrAdd(path, _ => ImageSizeReader.Read(file.FullPath)) : null;
}
