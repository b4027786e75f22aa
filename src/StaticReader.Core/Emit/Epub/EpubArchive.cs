using System.IO.Compression;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// Writes an EPUB's zip container (OCF): <c>mimetype</c> first and stored, so a reader can sniff the type at a fixed offset;
/// every other file deflated, in the order given, with one fixed timestamp. No clock, no random order: the same files
/// give the same bytes.
/// </summary>
public static class EpubArchive
{
    /// <summary>The <c>mimetype</c> file's content.</summary>
    public const string MimeType = "application/epub+zip";

    /// <summary>The zip bytes of <paramref name="files"/> (mimetype is added first), each dated <paramref name="timestamp"/>.</summary>
    public static byte[] Write(IReadOnlyList<EpubFile> files, DateTimeOffset timestamp)
    {
        // A seekable stream: entries then carry their sizes in the local header and need no data descriptor, which
        // some EPUB readers and epubcheck expect of the mimetype entry.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", System.Text.Encoding.ASCII.GetBytes(MimeType), CompressionLevel.NoCompression, timestamp);
            foreach (var file in files)
            {
                Add(zip, file.Path, file.Content, CompressionLevel.Optimal, timestamp);
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string path, byte[] content, CompressionLevel level, DateTimeOffset timestamp)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = timestamp;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
