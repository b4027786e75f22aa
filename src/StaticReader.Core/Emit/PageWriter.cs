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
        using var stream = sink.Create(path);
        using var writer = new StreamWriter(stream, Utf8, 1 << 16);
        writer.Write(text);
    }

    /// <summary>Writes the bytes <paramref name="write"/> produces to <paramref name="path"/>.</summary>
    public static void WriteStream(IOutputSink sink, string path, Action<Stream> write)
    {
        using var stream = sink.Create(path);
        write(stream);
    }
}
