using System.Text;
using StaticReader.Core.Output;

namespace StaticReader.Core.Emit;

/// <summary>Writes text files into a sink as UTF-8 without a byte-order mark.</summary>
public static class PageWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Each thread keeps the buffer it encodes pages into. The shared array pool hands back a page-sized array most of
    // the time, but drops its arrays at every full collection, and a large build has several.
    [ThreadStatic]
    private static byte[]? buffer;

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>.</summary>
    public static void WriteText(IOutputSink sink, string path, string text)
    {
        // Encoded into the thread's buffer and written in one call: a StreamWriter per page allocated a 128 KB char
        // buffer on the large-object heap for each of thousands of pages, and the collections it caused cost more than
        // the encoding itself.
        var needed = Utf8.GetMaxByteCount(text.Length);
        var bytes = buffer is { } kept && kept.Length >= needed ? kept : new byte[Math.Max(needed, 128 * 1024)];
        var length = Utf8.GetBytes(text, bytes);
        using (var stream = sink.Create(path))
        {
            stream.Write(bytes, 0, length);
        }

        buffer = bytes.Length <= 4 << 20 ? bytes : null; // one huge file does not keep its buffer for the whole build
    }

    /// <summary>Writes the bytes <paramref name="write"/> produces to <paramref name="path"/>.</summary>
    public static void WriteStream(IOutputSink sink, string path, Action<Stream> write)
    {
        using var stream = sink.Create(path);
        write(stream);
    }
}
