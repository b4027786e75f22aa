using System.Buffers;
using System.Text;
using System.Text.Json;
using StaticReader.Core.Output;

namespace StaticReader.Core.Emit;

/// <summary>
/// Writes whole files into a sink: text as UTF-8 without a byte-order mark, or JSON; each in one call (a file larger
/// than the writer's buffer in a few).
/// </summary>
public static class PageWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // A file is made in the thread's buffer and written in one call, which the sink's unbuffered streams expect (a file
    // larger than the buffer in a few, see FileBytes). A buffer per file (a StreamWriter's 128 KB, a JSON writer's own)
    // was the largest allocation of a build, and the shared array pool drops its arrays at every full collection.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static Encoder? encoder;

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>.</summary>
    public static void WriteText(IOutputSink sink, string path, string text) => WriteText(sink, path, [text.AsMemory()]);

    /// <summary>Writes <paramref name="text"/>, given in segments (as a renderer's output holds it), to <paramref name="path"/>.</summary>
    public static void WriteText(IOutputSink sink, string path, IEnumerable<ReadOnlyMemory<char>> text)
    {
        var file = new FileBytes(sink, path);
        file.Append(text);
        file.Close();
    }

    /// <summary>Writes <paramref name="before"/>, <paramref name="middle"/> and <paramref name="after"/>, each given in segments, in that order, to <paramref name="path"/>.</summary>
    public static void WriteText(
        IOutputSink sink, string path, IEnumerable<ReadOnlyMemory<char>> before, IEnumerable<ReadOnlyMemory<char>> middle, IEnumerable<ReadOnlyMemory<char>> after) =>
        WriteText(sink, path, before, middle, [], [], after);

    /// <summary>
    /// Writes <paramref name="before"/>, <paramref name="innerBefore"/>, the UTF-8 <paramref name="inner"/> as it is,
    /// <paramref name="innerAfter"/> and <paramref name="after"/>, in that order, to <paramref name="path"/>; the texts are
    /// given in segments.
    /// </summary>
    public static void WriteText(
        IOutputSink sink, string path, IEnumerable<ReadOnlyMemory<char>> before, IEnumerable<ReadOnlyMemory<char>> innerBefore, ReadOnlySpan<byte> inner,
        IEnumerable<ReadOnlyMemory<char>> innerAfter, IEnumerable<ReadOnlyMemory<char>> after)
    {
        var file = new FileBytes(sink, path);
        file.Append(before);
        file.Append(innerBefore);
        file.Append(inner);
        file.Append(innerAfter);
        file.Append(after);
        file.Close();
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

    private static ArrayBufferWriter<byte> EmptyBuffer()
    {
        var bytes = buffer ??= new ArrayBufferWriter<byte>(128 * 1024);
        bytes.ResetWrittenCount();
        return bytes;
    }

    /// <summary>
    /// A text file's bytes: encoded into the thread's buffer and written in one call, or, for a file larger than the
    /// buffer (a generated index of thousands of pages, the feed), written each time the buffer fills. A buffer the size
    /// of such a file was a large object, made and dropped for every big page, and the full collection it set off paused
    /// the whole build.
    /// </summary>
    private ref struct FileBytes(IOutputSink sink, string path)
    {
        private const int SpillAt = 96 * 1024;
        private const int SliceChars = 8 * 1024; // at most 24 KB of UTF-8, so a slice always fits the buffer

        private readonly ArrayBufferWriter<byte> bytes = EmptyBuffer();
        private Stream? stream;

        /// <summary>
        /// Appends a text given in segments. A surrogate pair split between two segments is encoded whole; one left
        /// open at the text's end is encoded alone, as when the text is one span.
        /// </summary>
        public void Append(IEnumerable<ReadOnlyMemory<char>> text)
        {
            var utf8 = encoder ??= Utf8.GetEncoder(); // the thread's, reused: no surrogate is carried from one text to the next
            utf8.Reset();
            foreach (var segment in text)
            {
                var chars = segment.Span;
                while (chars.Length > 0)
                {
                    var slice = chars[..Math.Min(chars.Length, SliceChars)];
                    var most = Utf8.GetMaxByteCount(slice.Length + 1); // and a high surrogate held from the segment before
                    if (bytes.WrittenCount + most > SpillAt)
                    {
                        Spill();
                    }

                    utf8.Convert(slice, bytes.GetSpan(most), flush: false, out var used, out var written, out _);
                    bytes.Advance(written);
                    chars = chars[used..];
                }
            }

            utf8.Convert([], bytes.GetSpan(Utf8.GetMaxByteCount(1)), flush: true, out _, out var rest, out _);
            bytes.Advance(rest);
        }

        public void Append(ReadOnlySpan<byte> utf8)
        {
            if (bytes.WrittenCount + utf8.Length <= SpillAt)
            {
                bytes.Write(utf8);
                return;
            }

            Spill();
            stream!.Write(utf8);
        }

        /// <summary>Writes what is left and closes the file.</summary>
        public readonly void Close()
        {
            if (stream is null)
            {
                Flush(sink, path, bytes);
                return;
            }

            stream.Write(bytes.WrittenSpan);
            stream.Dispose();
        }

        private void Spill()
        {
            stream ??= sink.Create(path);
            stream.Write(bytes.WrittenSpan);
            bytes.ResetWrittenCount();
        }
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
