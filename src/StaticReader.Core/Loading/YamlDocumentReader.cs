using StaticReader.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticReader.Core.Loading;

/// <summary>Parses YAML text into a mapping, turning YamlDotNet's exceptions into positioned diagnostics.</summary>
internal static class YamlDocumentReader
{
    /// <summary>Parses <paramref name="yaml"/>, which starts on file line <paramref name="firstLine"/>; null when it is not a mapping.</summary>
    public static YamlFields? Read(string yaml, int firstLine, string displayPath, DiagnosticBag diagnostics)
    {
        var lineOffset = firstLine - 1;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // An error found at the end of the input (an unclosed bracket or quote) belongs to the last YAML line.
            var yamlLines = yaml.TrimEnd('\n').Split('\n').Length;
            var line = Math.Min((int)ex.Start.Line, yamlLines) + lineOffset;
            var yamlLine = LineOf(yaml, (int)ex.Start.Line);
            var hint = yamlLine.Contains('\t')
                ? "YAML indentation must use spaces, not tabs: replace the tab on this line with spaces"
                : DuplicateKey(ex) ? "keep only one of the two lines"
                : "check the colon after the field name, quote values that contain ': ' or start with a special character ([ { & * ! | > ' \" % @ `)";
            var message = DuplicateKey(ex) ? "a field is given twice" : "invalid YAML: " + FirstSentence(ex);
            diagnostics.Error(displayPath, Math.Max(line, firstLine), Math.Max((int)ex.Start.Column, 1), message, hint);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlFields(new YamlMappingNode(), displayPath, lineOffset, diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(displayPath, firstLine, 1, "the front matter must be a list of 'field: value' lines",
                "write e.g. title: My title");
            return null;
        }

        return new YamlFields(mapping, displayPath, lineOffset, diagnostics);
    }

    private static bool DuplicateKey(YamlException ex) =>
        ex.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) ||
        ex.InnerException?.Message.Contains("same key", StringComparison.OrdinalIgnoreCase) == true;

    private static string FirstSentence(YamlException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }

    private static string LineOf(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
    }
}
