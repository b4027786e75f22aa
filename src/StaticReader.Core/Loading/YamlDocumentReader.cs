using StaticReader.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticReader.Core.Loading;

/// <summary>Parses YAML text into a mapping, turning YamlDotNet's exceptions into positioned diagnostics.</summary>
internal static class YamlDocumentReader
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, which starts on file line <paramref name="firstLine"/>; null when it is not a mapping
    /// (named <paramref name="what"/> in that message: front matter, or a chart's block).
    /// </summary>
    public static YamlFields? Read(string yaml, int firstLine, string displayPath, DiagnosticBag diagnostics, string what = "the front matter")
    {
        var lineOffset = firstLine - 1;
        var stream = new YamlStream();
        if (FlatMappingParser.TryParse(yaml) is { } flat)
        {
            // One field per line and no tab anywhere: of the checks below, only the shape (a mapping) could apply.
            stream.Load(flat);
            return new YamlFields((YamlMappingNode)stream.Documents[0].RootNode, displayPath, lineOffset, diagnostics);
        }

        var parser = new FlowTrackingParser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndentedLine(yaml, atLineStartOnly: false) is { } tab)
            {
                ReportTab(tab, lineOffset, displayPath, diagnostics);
                return null;
            }

            // An error found at the end of the input (an unclosed bracket or quote) belongs to the last YAML line.
            var yamlLines = yaml.TrimEnd('\n').Split('\n').Length;
            var line = Math.Min((int)ex.Start.Line, yamlLines) + lineOffset;
            var unclosedQuote = ex.Message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase);
            var hint = DuplicateKey(ex) ? "keep only one of the two lines"
                : unclosedQuote ? "a value that starts with a quote must end with the same quote, e.g. title: \"My title\" (write \\\" for a quote inside it)"
                : "check the colon after the field name, quote values that contain ': ' or start with a special character ([ { & * ! | > ' \" % @ `)";
            var message = DuplicateKey(ex) ? "a field is given twice" : "invalid YAML: " + FirstSentence(ex);
            diagnostics.Error(displayPath, Math.Max(line, firstLine), Math.Max((int)ex.Start.Column, 1), message, hint);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way, without a position, on some brackets that are never closed.
            var at = parser.OpenFlow ?? parser.LastKnown;
            diagnostics.Error(displayPath, Math.Max((int)at.Line, 1) + lineOffset, Math.Max((int)at.Column, 1),
                parser.OpenFlow is null ? "invalid YAML: the value cannot be read here" : "invalid YAML: this '[' or '{' is never closed",
                "close the bracket on the same line, or quote the whole value if the bracket is part of the text, e.g. title: \"[draft] My title\"");
            return null;
        }

        // YamlDotNet accepts a tab before a top-level key; other YAML readers (and editors) do not agree, so refuse it too.
        if (TabIndentedLine(yaml, atLineStartOnly: true) is { } tabbed)
        {
            ReportTab(tabbed, lineOffset, displayPath, diagnostics);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlFields(new YamlMappingNode(), displayPath, lineOffset, diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(displayPath, firstLine, 1, what + " must be a list of 'field: value' lines",
                "write e.g. title: My title");
            return null;
        }

        return new YamlFields(mapping, displayPath, lineOffset, diagnostics);
    }

    /// <summary>The first line (1-based) and column whose indentation contains (or, with <paramref name="atLineStartOnly"/>, starts with) a tab.</summary>
    private static (int Line, int Column)? TabIndentedLine(string yaml, bool atLineStartOnly)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent && indent < lines[i].Length && (!atLineStartOnly || tab == 0))
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static void ReportTab((int Line, int Column) tab, int lineOffset, string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(displayPath, tab.Line + lineOffset, tab.Column, "this line is indented with a tab",
            "YAML indentation must use spaces, not tabs: replace the tab with spaces (two per level)");

    private static bool DuplicateKey(YamlException ex) =>
        ex.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) ||
        ex.InnerException?.Message.Contains("same key", StringComparison.OrdinalIgnoreCase) == true;

    private static string FirstSentence(YamlException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }
}
