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
                var body = lineEnd <= text.Length ? text[lineEnd..] : "";
                return new SplitFile(yaml, 2, body, line + 1);
            }

            position = lineEnd;
            line++;
        }

        diagnostics.Error(displayPath, 1, 1, "the front matter is never closed",
            "add a line containing only '---' after the last front matter field");
        return null;
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
