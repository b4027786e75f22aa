using System.Buffers;
using System.Text;
using StaticReader.Core.Output;

namespace StaticReader.Core.Emit;

/// <summary>Writes text files into a sink as UTF-8 without a byte-order mark.</summary>
public static class PageWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>.</summary>
    public static void WriteText(IOutputSink sink, string path, string text)
    {
        // Encoded into a pooled buffer and written in one call: a StreamWriter per page allocated a 128 KB char buffer
        // on the large-object heap for each of thousands of pages, and the collections it caused cost more than the
        // encoding itself.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            using var stream = sink.Create(path);
            stream.Write(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the bytes <paramref name="write"/> produces to <paramref name="path"/>.</summary>
    public static void WriteStream(IOutputSink sink, string path, Action<Stream> write)
    {
        using var stream = sink.Create(path);
        write(stream);
    }
}
