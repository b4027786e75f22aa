using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>
/// Reads a file of the site (content, settings, data, a chart's CSV) the one way every loader should: a file that
/// cannot be read is an error at its path, and text is strict UTF-8 (see <see cref="TextDecoder"/>).
/// </summary>
public static class InputFileReader
{
    /// <summary>The file's bytes, or null after reporting why it cannot be read.</summary>
    public static byte[]? Bytes(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(displayPath, 0, 0, "cannot read the file: " + ex.Message, "check that the file exists and is readable");
            return null;
        }
    }

    /// <summary>The file's text (BOM dropped, line ends as LF), or null after reporting why it cannot be read or decoded.</summary>
    public static string? Text(string fullPath, string displayPath, DiagnosticBag diagnostics) =>
        Bytes(fullPath, displayPath, diagnostics) is { } bytes ? TextDecoder.Decode(bytes, displayPath, diagnostics) : null;
}
