using AngleSharp.Dom;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// Finds what could run script in a built page: script elements other than the theme's external scripts and JSON
/// data blocks (preview data, JSON-LD; those must parse and never contain '&lt;/script'), event-handler attributes, script-capable URLs, and elements content must never produce.
/// </summary>
public static class InjectionScan
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "background", "cite", "data", "xlink:href", "ping"];
    private static readonly string[] ForbiddenElements = ["iframe", "object", "embed", "base", "frame", "frameset", "applet"];

    /// <summary>Every problem in <paramref name="page"/>; <paramref name="basePath"/> is the site's base path (e.g. <c>/</c>).</summary>
    public static IReadOnlyList<string> Problems(HtmlPages.Parsed page, string basePath)
    {
        var problems = new List<string>();
        foreach (var element in page.Document.All)
        {
            var where = $"{page.Path}: <{element.LocalName}>";
            if (element.LocalName == "script")
            {
                var src = element.GetAttribute("src");
                var type = element.GetAttribute("type")?.Trim().ToLowerInvariant();
                var themeScript = src is not null && src.StartsWith(basePath + "static/", StringComparison.Ordinal) && element.TextContent.Trim().Length == 0;
                var dataBlock = src is null && type is "application/json" or "application/ld+json";
                if (!themeScript && !dataBlock)
                {
                    problems.Add($"{where} a script element that is neither a theme script under {basePath}static/ nor a JSON block: {Outer(element)}");
                }

                if (dataBlock && DataBlockProblem(element.TextContent) is { } problem)
                {
                    problems.Add($"{where} a {type} block {problem}: {Outer(element)}");
                }
            }

            if (ForbiddenElements.Contains(element.LocalName))
            {
                problems.Add($"{where} must never be produced: {Outer(element)}");
            }

            if (element.LocalName == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{where} a meta refresh: {Outer(element)}");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{where} has the event-handler attribute {attribute.Name}=\"{attribute.Value}\"");
                }

                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()) && ScriptScheme(attribute.Value) is { } scheme)
                {
                    problems.Add($"{where} {attribute.Name}=\"{attribute.Value}\" uses the scheme {scheme}:");
                }
            }
        }

        return problems;
    }

    /// <summary>Why the text of a JSON data block is unsafe or broken, or null: it must parse and never close its element early.</summary>
    private static string? DataBlockProblem(string json)
    {
        if (json.Contains("</script", StringComparison.OrdinalIgnoreCase) || json.Contains("<!--", StringComparison.Ordinal))
        {
            return "contains '</script' or '<!--' (escape '<' as \\u003C)";
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return null;
        }
        catch (System.Text.Json.JsonException ex)
        {
            return "is not valid JSON: " + ex.Message;
        }
    }

    /// <summary>The scheme of a URL that can run script (javascript:, vbscript:, data:), read the way browsers do.</summary>
    public static string? ScriptScheme(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        foreach (var scheme in new[] { "javascript", "vbscript", "data" })
        {
            if (compact.StartsWith(scheme + ":", StringComparison.Ordinal))
            {
                return scheme;
            }
        }

        return null;
    }

    private static string Outer(IElement element)
    {
        var html = element.OuterHtml;
        return html.Length > 200 ? html[..200] + "…" : html;
    }
}
