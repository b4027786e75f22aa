using System.Text;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>
/// Decodes a content file as strict UTF-8: a BOM is dropped, CRLF and CR become LF, and invalid
/// bytes are reported with their line and column instead of being silently replaced.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; returns null and reports an error when they are not UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = LocateInvalidByte(bytes);
            diagnostics.Error(displayPath, line, column, "the file is not valid UTF-8",
                "save the file with UTF-8 encoding in your editor");
            return null;
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static (int Line, int Column) LocateInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        var offset = status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
        var prefix = bytes[..offset];
        var line = 1 + prefix.Count((byte)'\n');
        var lineStart = prefix.LastIndexOf((byte)'\n') + 1;
        var column = 1 + Encoding.UTF8.GetCharCount(prefix[lineStart..]);
        return (line, column);
    }
}
