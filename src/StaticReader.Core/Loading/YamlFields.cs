using StaticReader.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticReader.Core.Loading;

/// <summary>
/// Typed access to the fields of one YAML mapping, reporting wrong types with the field's position.
/// Positions are converted from YAML lines to file lines with <paramref name="lineOffset"/>.
/// </summary>
internal sealed class YamlFields(YamlMappingNode mapping, string displayPath, int lineOffset, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> fields = Index(mapping, displayPath, lineOffset, diagnostics);
    private readonly HashSet<YamlNode> reportedUnprintable = new(ReferenceEqualityComparer.Instance);

    /// <summary>The field names, in the order they are written.</summary>
    public IEnumerable<string> Names =>
        mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>().Where(fields.ContainsKey);

    /// <summary>
    /// A field as plain data for layouts: text for a scalar, a list for a sequence, a name-to-value map for a mapping
    /// (what <c>page.params</c> holds for the fields the reader itself does not read).
    /// </summary>
    public object? Data(string name) => Node(name) is { } node ? DataOf(node) : null;

    private static object? DataOf(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(DataOf).ToList(),
        YamlMappingNode map => map.Children
            .Where(c => c.Key is YamlScalarNode { Value: not null })
            .GroupBy(c => ((YamlScalarNode)c.Key).Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => DataOf(g.First().Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>The node of a field, or null when absent.</summary>
    public YamlNode? Node(string name) => fields.TryGetValue(name, out var field) ? field.Value : null;

    /// <summary>The key of a field (where its line starts), or null when absent.</summary>
    public YamlNode? Key(string name) => fields.TryGetValue(name, out var field) ? field.Key : null;

    /// <summary>A scalar text field; null when absent or empty. Wrong shapes are reported.</summary>
    public string? Text(string name)
    {
        if (Node(name) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : Printable(scalar, name, scalar.Value.Trim());
        }

        Report(node, $"'{name}' must be a single text value, not a list or mapping",
            $"write it on one line, e.g. {name}: some text");
        return null;
    }

    /// <summary>A boolean field (true/false/yes/no).</summary>
    public bool Flag(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return false;
        }

        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Report(Node(name)!, $"'{name}' must be true or false, not '{text}'", $"write {name}: true");
                return false;
        }
    }

    /// <summary>A list of texts; a single scalar counts as a one-item list.</summary>
    public IReadOnlyList<string> List(string name)
    {
        switch (Node(name))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [Printable(scalar, name, scalar.Value.Trim())];
            case YamlSequenceNode sequence:
                var items = new List<string>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } value } item && value.Trim().Length > 0)
                    {
                        items.Add(Printable(item, name, value.Trim()));
                    }
                    else
                    {
                        Report(child, $"each item of '{name}' must be a single text value", $"write {name}: [first, second]");
                    }
                }

                return items;
            case var other:
                Report(other, $"'{name}' must be a list", $"write {name}: [first, second]");
                return [];
        }
    }

    /// <summary>A nested mapping, or null when absent. Wrong shapes are reported.</summary>
    public YamlFields? Mapping(string name)
    {
        switch (Node(name))
        {
            case null:
                return null;
            case YamlMappingNode nested:
                return new YamlFields(nested, displayPath, lineOffset, diagnostics);
            case var other:
                Report(other, $"'{name}' must be a mapping of fields", $"write {name}: {{ outlet: ..., author: ... }}");
                return null;
        }
    }

    /// <summary>A list of mappings (<c>name: [{ a: 1 }, { a: 2 }]</c>); empty when absent. Wrong shapes are reported with <paramref name="example"/>.</summary>
    public IReadOnlyList<YamlFields> Mappings(string name, string example)
    {
        switch (Node(name))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<YamlFields>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode map)
                    {
                        items.Add(new YamlFields(map, displayPath, lineOffset, diagnostics));
                    }
                    else
                    {
                        Report(item, $"each entry of '{name}' must be a mapping of fields", "write " + example);
                    }
                }

                return items;
            case var other:
                Report(other, $"'{name}' must be a list of entries", "write " + example);
                return [];
        }
    }

    /// <summary>Reports an error at a node.</summary>
    public void Report(YamlNode node, string message, string hint) =>
        diagnostics.Error(displayPath, (int)node.Start.Line + lineOffset, (int)node.Start.Column, message, hint);

    /// <summary>
    /// Refuses control characters and non-characters (YAML escapes such as <c>"\x01"</c> can produce them): they
    /// cannot appear in XML (the feed), are errors in HTML, and are never what a writer meant. Reports the first one
    /// and returns the text without them.
    /// </summary>
    private string Printable(YamlScalarNode node, string name, string value)
    {
        var first = Enumerable.Range(0, value.Length).FirstOrDefault(i => IsUnprintable(value, i), -1);
        if (first < 0)
        {
            return value;
        }

        if (!reportedUnprintable.Add(node))
        {
            return Strip(value);
        }

        Report(node, $"'{name}' contains the invisible control character U+{(int)value[first]:X4}",
            "delete it: in a quoted value it comes from an escape such as \\a, \\b or \\x01; elsewhere retype the line");
        return Strip(value);
    }

    private static string Strip(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsUnprintable(value, i))
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for a control character other than tab and line feed, U+FFFE, U+FFFF or half a surrogate pair.</summary>
    private static bool IsUnprintable(string value, int i) => value[i] switch
    {
        '\n' or '\t' => false,
        '\uFFFE' or '\uFFFF' => true,
        var c when char.IsControl(c) => true,
        var c when char.IsHighSurrogate(c) => i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]),
        var c when char.IsLowSurrogate(c) => i == 0 || !char.IsHighSurrogate(value[i - 1]),
        _ => false,
    };

    private static Dictionary<string, (YamlScalarNode, YamlNode)> Index(YamlMappingNode mapping, string displayPath, int lineOffset, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                continue;
            }

            if (!result.TryAdd(key, (scalarKey, value)))
            {
                diagnostics.Error(displayPath, (int)keyNode.Start.Line + lineOffset, (int)keyNode.Start.Column,
                    $"the field '{key}' is given twice", "keep only one of the two lines");
            }
        }

        return result;
    }
}
