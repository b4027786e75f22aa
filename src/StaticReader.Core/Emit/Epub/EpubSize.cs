using System.Globalization;

namespace StaticReader.Core.Emit.Epub;

/// <summary>A file size as readers read it on a download link: "812 bytes", "48 KB", "1.2 MB" (1 KB = 1024 bytes).</summary>
public static class EpubSize
{
    /// <summary>The size of <paramref name="bytes"/> bytes in human units.</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
        < 1024 * 1024 => Math.Ceiling(bytes / 1024.0).ToString(CultureInfo.InvariantCulture) + " KB",
        _ => (Math.Ceiling(bytes / (1024.0 * 1024.0) * 10) / 10).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };
}
