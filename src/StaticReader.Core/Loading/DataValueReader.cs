using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using StaticReader.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticReader.Core.Loading;

/// <summary>
/// Parses a data file into plain values: text, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, null, lists
/// (<see cref="IReadOnlyList{T}"/>) and name-to-value maps (<see cref="IReadOnlyDictionary{TKey, TValue}"/>, in the
/// order written). YAML plain scalars are typed by YAML 1.2's core schema, as editors and JSON read them: <c>72</c> is a
/// number a layout can add up, <c>"72"</c> and <c>2025-06-14</c> are text.
/// </summary>
internal static partial class DataValueReader
{
    // Deeper than any real data file; an alias cycle (&a [*a]) would otherwise never end.
    private const int MaxDepth = 64;

    /// <summary>Parses YAML; on failure reports the file:line:column and returns false.</summary>
    public static bool TryYaml(string text, string display, DiagnosticBag diagnostics, out object? value)
    {
        value = null;
        var stream = new YamlStream();
        var parser = new FlowTrackingParser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var lines = text.TrimEnd('\n').Split('\n').Length;
            var duplicate = ex.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) ||
                ex.InnerException?.Message.Contains("same key", StringComparison.OrdinalIgnoreCase) == true;
            diagnostics.Error(display, Math.Clamp((int)ex.Start.Line, 1, lines), Math.Max((int)ex.Start.Column, 1),
                duplicate ? "a key is given twice" : "invalid YAML: " + AfterPosition(ex.Message),
                duplicate ? "keep only one of the two lines" : "check the indentation (spaces, not tabs) and the colon after each key; quote text that contains ': ' or starts with [ { & * ! | > ' \" % @ `");
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way, without a position, on some brackets that are never closed.
            var at = parser.OpenFlow ?? parser.LastKnown;
            diagnostics.Error(display, Math.Max((int)at.Line, 1), Math.Max((int)at.Column, 1),
                parser.OpenFlow is null ? "invalid YAML: the value cannot be read here" : "invalid YAML: this '[' or '{' is never closed",
                "close the bracket, or quote the whole value if the bracket is part of the text");
            return false;
        }

        if (stream.Documents.Count == 0)
        {
            return true;
        }

        try
        {
            value = FromYaml(stream.Documents[0].RootNode, 0);
            return true;
        }
        catch (DataTooDeepException ex)
        {
            diagnostics.Error(display, (int)ex.Node.Start.Line, (int)ex.Node.Start.Column, $"the data nests deeper than {MaxDepth} levels (an alias that contains itself?)",
                "flatten the data, or remove the alias (*name) that points back to its own anchor");
            return false;
        }
    }

    /// <summary>Parses JSON; on failure reports the file:line:column and returns false.</summary>
    public static bool TryJson(string text, string display, DiagnosticBag diagnostics, out object? value)
    {
        value = null;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth });
            value = FromJson(document.RootElement);
            return true;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var lines = text.Split('\n');
            var lineText = line < lines.Length ? lines[line] : "";
            var bytes = Encoding.UTF8.GetBytes(lineText);
            var column = Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(ex.BytePositionInLine ?? 0, bytes.Length)) + 1;
            diagnostics.Error(display, line + 1, column, "invalid JSON: " + JsonReason(ex.Message),
                "JSON needs double quotes around keys and text, commas between items and none after the last; or write the file as YAML (.yml)");
            return false;
        }
    }

    private static object? FromYaml(YamlNode node, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DataTooDeepException(node);
        }

        return node switch
        {
            YamlScalarNode scalar => Scalar(scalar),
            YamlSequenceNode sequence => sequence.Children.Select(c => FromYaml(c, depth + 1)).ToList(),
            YamlMappingNode map => Map(map.Children.Select(c => (Key(c.Key), FromYaml(c.Value, depth + 1)))),
            _ => null,
        };
    }

    private static string Key(YamlNode key) => key is YamlScalarNode { Value: { } text } ? text : key.ToString();

    private static object? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return text;
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ when Integer().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole,
            _ when Float().IsMatch(text) => double.Parse(text, CultureInfo.InvariantCulture),
            _ => text,
        };
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => Map(element.EnumerateObject().Select(p => (p.Name, FromJson(p.Value)))),
        _ => null,
    };

    /// <summary>A map in the order written; a repeated JSON key keeps its last value, as JavaScript's JSON.parse does.</summary>
    private static IReadOnlyDictionary<string, object?> Map(IEnumerable<(string Key, object? Value)> entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    private static string AfterPosition(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }

    /// <summary>System.Text.Json's reason without its own (0-based) position, which the diagnostic gives 1-based.</summary>
    private static string JsonReason(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).Trim();
        return reason.Length > 0 ? char.ToLowerInvariant(reason[0]) + reason[1..] : "the file cannot be read";
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    private sealed class DataTooDeepException(YamlNode node) : Exception("data too deep")
    {
        public YamlNode Node { get; } = node;
    }
}
