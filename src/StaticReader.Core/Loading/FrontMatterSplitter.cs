using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>Finds the front matter block that every content file starts with.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Splits <paramref name="text"/> (LF line endings); reports an error and returns null when the block is missing or never closed.</summary>
    public static SplitFile? Split(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text)) // without copying the file, as Trim() would
        {
            diagnostics.Error(displayPath, 1, 1, "the file is empty",
                "start it with front matter, e.g. ---\\ntitle: My title\\n--- and then the markdown");
            return null;
        }

        if (!IsFence(text, 0, out var firstLineEnd))
        {
            diagnostics.Error(displayPath, 1, 1, "the file does not start with front matter ('---')",
                "put a line '---', then 'title: ...', then another '---' at the very top of the file");
            return null;
        }

        var yamlStart = firstLineEnd;
        var line = 2;
        var position = yamlStart;
        while (position < text.Length)
        {
            if (IsFence(text, position, out var lineEnd))
            {
                var yaml = text[yamlStart..position];
                var body = lineEnd <= text.Length ? System.Text.Encoding.UTF8.GetBytes(text, lineEnd, text.Length - lineEnd) : [];
                return new SplitFile(yaml, 2, body, line + 1);
            }

            position = lineEnd;
            line++;
        }

        diagnostics.Error(displayPath, 1, 1, "the front matter is never closed",
            "add a line containing only '---' after the last front matter field");
        return null;
    }

    /// <summary>
    /// Reads and splits a content file. Valid UTF-8 with LF line ends and plain ASCII fences (the file as every editor
    /// saves it) is split on its bytes and only its two parts are decoded: decoding the whole file first made a copy of
    /// every page's text only to cut the body out of it. Anything else takes the path of the text, which reports.
    /// </summary>
    public static SplitFile? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        if (InputFileReader.Bytes(fullPath, displayPath, diagnostics) is not { } file)
        {
            return null;
        }

        var bytes = file.AsMemory();
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes.Span) && !bytes.Span.Contains((byte)'\r') && SplitUtf8(bytes) is { } split)
        {
            return split;
        }

        return TextDecoder.Decode(bytes.Span, displayPath, diagnostics) is { } text ? Split(text, displayPath, diagnostics) : null;
    }

    /// <summary>
    /// The split of valid LF-only UTF-8, as <see cref="Split"/> would make it from the decoded text; null when the file
    /// has no closed front matter or a line starting with <c>---</c> is followed by anything but printable ASCII, spaces
    /// and tabs (the text's path decides those, and reports).
    /// </summary>
    private static SplitFile? SplitUtf8(ReadOnlyMemory<byte> file)
    {
        var bytes = file.Span;
        if (FenceAt(bytes, 0, out var firstLineEnd) is not true)
        {
            return null;
        }

        var line = 2;
        var position = firstLineEnd;
        while (position < bytes.Length)
        {
            switch (FenceAt(bytes, position, out var lineEnd))
            {
                case null:
                    return null;
                case true:
                    return new SplitFile(System.Text.Encoding.UTF8.GetString(bytes[firstLineEnd..position]), 2, file[lineEnd..], line + 1);
            }

            position = lineEnd;
            line++;
        }

        return null;
    }

    /// <summary>Whether the line at <paramref name="start"/> is a fence; null when only the text can tell (see <see cref="SplitUtf8"/>).</summary>
    private static bool? FenceAt(ReadOnlySpan<byte> bytes, int start, out int nextLineStart)
    {
        var newline = bytes[start..].IndexOf((byte)'\n');
        var end = newline < 0 ? bytes.Length : start + newline;
        nextLineStart = newline < 0 ? bytes.Length : end + 1;
        var lineBytes = bytes[start..end];
        if (!lineBytes.StartsWith("---"u8))
        {
            return false;
        }

        var rest = lineBytes[3..];
        foreach (var b in rest)
        {
            if (b is not ((byte)'\t' or >= 0x20 and <= 0x7E))
            {
                return null; // a control or non-ASCII character after the dashes: it may be white space the text's trim removes
            }
        }

        return rest.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;
    }

    /// <summary>True when the line starting at <paramref name="start"/> is <c>---</c> (trailing spaces allowed).</summary>
    private static bool IsFence(string text, int start, out int nextLineStart)
    {
        var newline = text.IndexOf('\n', start);
        var end = newline < 0 ? text.Length : newline;
        nextLineStart = newline < 0 ? text.Length : newline + 1;
        return text.AsSpan(start, end - start).TrimEnd() is "---";
    }
}
