using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace StaticReader.Core.Search;

/// <summary>
/// A small buffered UTF-8 writer of JSON tokens that writes strings and numbers exactly as
/// JavaScript's <c>JSON.stringify</c> does: only <c>"</c>, <c>\</c>, control characters and
/// lone surrogates escaped (lower-case hex), everything else, U+2028 included, as UTF-8 text.
/// </summary>
internal sealed class JsonUtf8Writer : IDisposable
{
    private const int BufferSize = 1 << 16;

    private static readonly SearchValues<char> NeedsEscaping = SearchValues.Create(BuildNeedsEscaping());

    private readonly Stream stream;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int position;
    private long flushed;

    /// <summary>Creates a writer that flushes to <paramref name="stream"/>.</summary>
    public JsonUtf8Writer(Stream stream)
    {
        this.stream = stream;
    }

    /// <summary>Writes bytes as they are (punctuation, or text encoded earlier with <see cref="EncodeString"/>).</summary>
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > buffer.Length - position)
        {
            Flush();
            if (bytes.Length > buffer.Length)
            {
                stream.Write(bytes);
                flushed += bytes.Length;
                return;
            }
        }

        bytes.CopyTo(buffer.AsSpan(position));
        position += bytes.Length;
    }

    /// <summary>Writes one ASCII byte.</summary>
    public void WriteByte(byte b)
    {
        if (position == buffer.Length)
        {
            Flush();
        }

        buffer[position++] = b;
    }

    /// <summary>Bytes written so far, flushed or still buffered.</summary>
    public long Written => flushed + position;

    /// <summary>Writes <paramref name="value"/> as a quoted, escaped JSON string.</summary>
    public void WriteString(string value) => WriteString(value.AsSpan());

    /// <summary>Writes <paramref name="value"/> as a quoted, escaped JSON string.</summary>
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteString(ReadOnlySpan<char> value)
    {
        // Most strings need no escape and fit the buffer: encoded straight into it, not into an array of their own
        // first (the search fragments are the site's whole text once more). At most three bytes per UTF-16 unit.
        int most = (value.Length * 3) + 2;
        if (most > buffer.Length || value.IndexOfAny(NeedsEscaping) >= 0)
        {
            WriteRaw(EncodeString(value.ToString()));
            return;
        }

        Reserve(most);
        buffer[position++] = (byte)'"';
        position += Encoding.UTF8.GetBytes(value, buffer.AsSpan(position));
        buffer[position++] = (byte)'"';
    }

    /// <summary>Writes an integer.</summary>
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteInt(int value)
    {
        Reserve(11);
        value.TryFormat(buffer.AsSpan(position), out int written, default, CultureInfo.InvariantCulture);
        position += written;
    }

    /// <summary>Writes a number as <c>JSON.stringify</c> writes it.</summary>
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteNumber(double value)
    {
        Span<char> text = stackalloc char[JavaScriptNumberFormatter.MaxLength];
        int length = JavaScriptNumberFormatter.Format(value, text);
        Reserve(length);
        for (int i = 0; i < length; i++)
        {
            buffer[position++] = (byte)text[i];
        }
    }

    /// <summary>Writes what is buffered to the stream.</summary>
    public void Flush()
    {
        stream.Write(buffer, 0, position);
        flushed += position;
        position = 0;
    }

    /// <summary>Flushes and returns the buffer to the pool.</summary>
    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    /// <summary>The UTF-8 bytes of <paramref name="value"/> as a quoted JSON string, escaped as <c>JSON.stringify</c> escapes it.</summary>
    public static byte[] EncodeString(string value)
    {
        if (value.AsSpan().IndexOfAny(NeedsEscaping) < 0)
        {
            var bytes = new byte[Encoding.UTF8.GetByteCount(value) + 2];
            bytes[0] = (byte)'"';
            Encoding.UTF8.GetBytes(value, bytes.AsSpan(1));
            bytes[^1] = (byte)'"';
            return bytes;
        }

        return Encoding.UTF8.GetBytes(EscapeSlow(value));
    }

    private static string EscapeSlow(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        AppendUnicodeEscape(builder, c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        AppendUnicodeEscape(builder, c); // a lone surrogate
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));

    private static char[] BuildNeedsEscaping()
    {
        var chars = new List<char> { '"', '\\' };
        for (char c = '\0'; c < ' '; c++)
        {
            chars.Add(c);
        }

        for (char c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Add(c);
        }

        return [.. chars];
    }

    private void Reserve(int length)
    {
        if (buffer.Length - position < length)
        {
            Flush();
        }
    }
}
