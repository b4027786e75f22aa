using System.Text.Json;
using Xunit.Sdk;

namespace StaticReader.Tests.Search;

/// <summary>
/// Compares two JSON texts structurally: same value kinds, same strings, objects with the same
/// properties in the same order, arrays of the same length, numbers equal once rounded to three
/// decimals. Reports the JSON path of the first difference.
/// </summary>
internal static class JsonStructure
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static void AssertEqual(string expected, string actual)
    {
        using var e = JsonDocument.Parse(expected, Options);
        using var a = JsonDocument.Parse(actual, Options);
        string? difference = Compare(e.RootElement, a.RootElement, "$");
        if (difference is not null)
        {
            throw new XunitException("JSON differs from lunr.js's at " + difference);
        }
    }

    private static string? Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {Short(expected)}, got {actual.ValueKind} {Short(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var e = expected.EnumerateObject().ToList();
                var a = actual.EnumerateObject().ToList();
                for (int i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    string name = NameOf(e[i]);
                    if (name != NameOf(a[i]))
                    {
                        return $"{path}: property {i} expected {name}, got {NameOf(a[i])}";
                    }

                    string? d = Compare(e[i].Value, a[i].Value, $"{path}.{name}");
                    if (d is not null)
                    {
                        return d;
                    }
                }

                return e.Count == a.Count ? null : $"{path}: expected {e.Count} properties, got {a.Count} ({Short(expected)} vs {Short(actual)})";
            }

            case JsonValueKind.Array:
            {
                int en = expected.GetArrayLength();
                int an = actual.GetArrayLength();
                for (int i = 0; i < Math.Min(en, an); i++)
                {
                    string? d = Compare(expected[i], actual[i], $"{path}[{i}]");
                    if (d is not null)
                    {
                        return d;
                    }
                }

                return en == an ? null : $"{path}: expected {en} items, got {an} ({Short(expected)} vs {Short(actual)})";
            }

            case JsonValueKind.String:
                return StringValue(expected) == StringValue(actual) ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";

            case JsonValueKind.Number:
                double x = expected.GetDouble();
                double y = actual.GetDouble();
                return Math.Round(x, 3) == Math.Round(y, 3) ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";

            default:
                return null;
        }
    }

    // A string's value; a string holding a lone surrogate cannot be decoded, so its escaped text stands for it.
    private static string StringValue(JsonElement element)
    {
        try
        {
            return "v:" + element.GetString();
        }
        catch (InvalidOperationException)
        {
            return "r:" + element.GetRawText();
        }
    }

    // A property's name; a name holding a lone surrogate cannot be decoded, so its escaped text stands for it.
    private static string NameOf(JsonProperty property)
    {
        try
        {
            return "\"" + property.Name + "\"";
        }
        catch (InvalidOperationException)
        {
            string raw = property.ToString(); // "name":value
            int end = 1;
            while (raw[end] != '"')
            {
                end += raw[end] == '\\' ? 2 : 1;
            }

            return "raw " + raw[..(end + 1)];
        }
    }

    private static string Short(JsonElement element)
    {
        string text = element.GetRawText();
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
