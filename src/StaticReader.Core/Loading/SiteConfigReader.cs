using System.Text.RegularExpressions;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticReader.Core.Loading;

/// <summary>Reads <c>input/site.yml</c>.</summary>
public static partial class SiteConfigReader
{
    /// <summary>
    /// The settings of <c>site.yml</c>. Another name is most likely a typo, so it gets a warning (not an error: a site
    /// written for a newer version still builds). The editor schema (<c>schemas/site.schema.json</c>) is tested against it.
    /// </summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["title", "description", "baseUrl", "language", "author", "nav", "autolink", "search", "citations", "epub", "collections"];

    /// <summary>The fields of one <c>nav:</c> item.</summary>
    public static IReadOnlyList<string> NavItemFields { get; } = ["title", "url"];

    /// <summary>Reads the site settings; missing fields take <see cref="SiteConfig.Default"/> values.</summary>
    public static SiteConfig Read(string fullPath, string displayPath, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var config = SiteConfig.Default;
        var fields = File.Exists(fullPath) ? ReadFields(fullPath, displayPath, diagnostics) : null;
        if (fields is not null)
        {
            WarnUnknown(fields, displayPath, diagnostics);
            config = new SiteConfig(
                Title: fields.Text("title") ?? config.Title,
                Description: fields.Text("description") ?? "",
                BaseUrl: fields.Text("baseUrl") ?? config.BaseUrl,
                Language: ReadLanguage(fields),
                Author: fields.Text("author") ?? "",
                Nav: ReadNav(fields),
                AutoLink: ReadAutoLink(fields),
                Search: ReadSearch(fields, out var searchFormat))
            {
                Collections = CollectionsReader.Read(fields),
                SearchFormat = searchFormat,
                Citations = ReadCitationStyle(fields),
                Epub = fields.Node("epub") is null || fields.Flag("epub"), // absent: every text gets its EPUB
            };
        }

        if (baseUrlOverride is not null)
        {
            config = config with { BaseUrl = baseUrlOverride };
        }

        if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            const string hint = "write e.g. baseUrl: https://example.netlify.app/";
            if (baseUrlOverride is null && fields?.Node("baseUrl") is { } node)
            {
                fields.Report(node, $"baseUrl '{config.BaseUrl}' is not an absolute http(s) URL", hint);
            }
            else
            {
                diagnostics.Error(displayPath, 0, 0, $"the base URL '{config.BaseUrl}' (from --base-url) is not an absolute http(s) URL", hint);
            }

            return config with { BaseUrl = SiteConfig.Default.BaseUrl };
        }

        return config with { BaseUrl = config.BaseUrl.EndsWith('/') ? config.BaseUrl : config.BaseUrl + "/" };
    }

    private static void WarnUnknown(YamlFields fields, string displayPath, DiagnosticBag diagnostics)
    {
        foreach (var name in fields.Names.Where(n => !Fields.Contains(n)))
        {
            var node = fields.Key(name)!;
            var nearest = Suggestions.Nearest(name, Fields);
            diagnostics.Warning(displayPath, (int)node.Start.Line, (int)node.Start.Column, $"unknown setting '{name}' is ignored",
                nearest is null ? "the settings are " + string.Join(", ", Fields) : $"did you mean '{nearest}'?");
        }
    }

    private static YamlFields? ReadFields(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var text = InputFileReader.Text(fullPath, displayPath, diagnostics);
        return text is null ? null : YamlDocumentReader.Read(text, 1, displayPath, diagnostics);
    }

    /// <summary>The site's language: a BCP 47 tag such as <c>en</c> or <c>pt-BR</c> (it is printed into every page's <c>lang</c>).</summary>
    private static string ReadLanguage(YamlFields fields)
    {
        var language = fields.Text("language");
        if (language is null)
        {
            return "en";
        }

        if (!LanguageTag().IsMatch(language))
        {
            fields.Report(fields.Node("language")!, $"'language' must be a language tag such as en or pt-BR, not '{language}'",
                "write e.g. language: en");
            return "en";
        }

        return language;
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    private static IReadOnlyList<NavItem> ReadNav(YamlFields fields)
    {
        if (fields.Node("nav") is not YamlSequenceNode sequence)
        {
            return [];
        }

        var items = new List<NavItem>();
        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode map &&
                map.Children.TryGetValue(new YamlScalarNode("title"), out var title) &&
                map.Children.TryGetValue(new YamlScalarNode("url"), out var url) &&
                title is YamlScalarNode { Value: { } t } && url is YamlScalarNode { Value: { } u })
            {
                if (Markdown.Extensions.SafeUrls.UrlSafety.UnsafeScheme(u) is { } scheme)
                {
                    fields.Report(url, $"the nav url uses the unsafe scheme '{scheme}:'", "use a site path such as /glossary/ or an https:// URL");
                    continue;
                }

                items.Add(new NavItem(t, u));
            }
            else
            {
                fields.Report(child, "each nav item needs a 'title' and a 'url'", "write - { title: Glossary, url: /glossary/ }");
            }
        }

        return items;
    }

    // search: true | false | sharded | lunr (absent: sharded).
    private static bool ReadSearch(YamlFields fields, out SearchFormat format)
    {
        format = SearchFormat.Sharded;
        switch (fields.Text("search")?.ToLowerInvariant())
        {
            case null or "sharded":
                return true;
            case "lunr":
                format = SearchFormat.Lunr;
                return true;
            case "true" or "yes" or "on" or "false" or "no" or "off":
                return fields.Flag("search");
            case var other:
                fields.Report(fields.Node("search")!, $"unknown search setting '{other}'",
                    "use search: sharded (the default), search: lunr (one lunr index.json) or search: false");
                return true;
        }
    }

    private static CitationStyle ReadCitationStyle(YamlFields fields)
    {
        switch (fields.Text("citations"))
        {
            case null or "author-date":
                return CitationStyle.AuthorDate;
            case "numeric":
                return CitationStyle.Numeric;
            case var other:
                fields.Report(fields.Node("citations")!, $"unknown citation style '{other}'",
                    "use author-date (\"(Reuters, 2025)\", the default) or numeric (\"[3]\")");
                return CitationStyle.AuthorDate;
        }
    }

    private static AutoLinkMode ReadAutoLink(YamlFields fields)
    {
        switch (fields.Text("autolink"))
        {
            case null or "first-per-section":
                return AutoLinkMode.FirstPerSection;
            case "first-per-page":
                return AutoLinkMode.FirstPerPage;
            case "all":
                return AutoLinkMode.All;
            case var other:
                fields.Report(fields.Node("autolink")!, $"unknown autolink mode '{other}'", "use first-per-section, first-per-page or all");
                return AutoLinkMode.FirstPerSection;
        }
    }
}
