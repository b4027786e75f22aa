using System.Buffers;
using System.Text;
using System.Text.Json;
using StaticReader.Core.Output;

namespace StaticReader.Core.Emit;

/// <summary>Writes whole files into a sink: text as UTF-8 without a byte-order mark, or JSON; each in one call.</summary>
public static class PageWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // A file is made in the thread's buffer and written in one call, which the sink's unbuffered streams expect. A buffer
    // per file (a StreamWriter's 128 KB, a JSON writer's own) was the largest allocation of a build, and the shared array
    // pool drops its arrays at every full collection.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>.</summary>
    public static void WriteText(IOutputSink sink, string path, string text) => WriteText(sink, path, text.AsSpan());

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>.</summary>
    public static void WriteText(IOutputSink sink, string path, ReadOnlySpan<char> text)
    {
        var bytes = EmptyBuffer();
        Append(bytes, text);
        Flush(sink, path, bytes);
    }

    /// <summary>Writes <paramref name="before"/>, <paramref name="middle"/> and <paramref name="after"/>, in that order, to <paramref name="path"/>.</summary>
    public static void WriteText(IOutputSink sink, string path, ReadOnlySpan<char> before, ReadOnlySpan<char> middle, ReadOnlySpan<char> after)
    {
        var bytes = EmptyBuffer();
        Append(bytes, before);
        Append(bytes, middle);
        Append(bytes, after);
        Flush(sink, path, bytes);
    }

    /// <summary>
    /// Writes <paramref name="before"/>, <paramref name="innerBefore"/>, the UTF-8 <paramref name="inner"/> as it is,
    /// <paramref name="innerAfter"/> and <paramref name="after"/>, in that order, to <paramref name="path"/>.
    /// </summary>
    public static void WriteText(
        IOutputSink sink, string path, ReadOnlySpan<char> before, ReadOnlySpan<char> innerBefore, ReadOnlySpan<byte> inner, ReadOnlySpan<char> innerAfter, ReadOnlySpan<char> after)
    {
        var bytes = EmptyBuffer();
        Append(bytes, before);
        Append(bytes, innerBefore);
        bytes.Write(inner);
        Append(bytes, innerAfter);
        Append(bytes, after);
        Flush(sink, path, bytes);
    }

    /// <summary>Writes the JSON <paramref name="write"/> produces to <paramref name="path"/>.</summary>
    public static void WriteJson(IOutputSink sink, string path, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var bytes = EmptyBuffer();
        using (var json = new Utf8JsonWriter(bytes, options))
        {
            write(json);
        }

        Flush(sink, path, bytes);
    }

    private static void Append(ArrayBufferWriter<byte> bytes, ReadOnlySpan<char> text) =>
        bytes.Advance(Utf8.GetBytes(text, bytes.GetSpan(Utf8.GetMaxByteCount(text.Length))));

    private static ArrayBufferWriter<byte> EmptyBuffer()
    {
        var bytes = buffer ??= new ArrayBufferWriter<byte>(128 * 1024);
        bytes.ResetWrittenCount();
        return bytes;
    }

    private static void Flush(IOutputSink sink, string path, ArrayBufferWriter<byte> bytes)
    {
        using (var stream = sink.Create(path))
        {
            stream.Write(bytes.WrittenSpan);
        }

        if (bytes.Capacity > 4 << 20)
        {
            buffer = null; // one huge file does not keep its buffer for the rest of the build
        }
    }
}
