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

    /// <summary>The node of a field, or null when absent.</summary>
    public YamlNode? Node(string name) => fields.TryGetValue(name, out var field) ? field.Value : null;

    /// <summary>A scalar text field; null when absent or empty. Wrong shapes are reported.</summary>
    public string? Text(string name)
    {
        if (Node(name) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
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
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
                    {
                        items.Add(value.Trim());
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

    /// <summary>Reports an error at a node.</summary>
    public void Report(YamlNode node, string message, string hint) =>
        diagnostics.Error(displayPath, (int)node.Start.Line + lineOffset, (int)node.Start.Column, message, hint);

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
