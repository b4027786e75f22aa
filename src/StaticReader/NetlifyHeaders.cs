using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Tomlyn;
using Tomlyn.Model;

namespace StaticReader.Cli;

/// <summary>
/// The <c>[[headers]]</c> rules of a site's <c>netlify.toml</c>, applied by <c>serve</c> to its responses, so a writer
/// meets a Content-Security-Policy violation (or any other header's effect) locally before Netlify serves it.
/// </summary>
public sealed class NetlifyHeaders
{
    private readonly IReadOnlyList<(Regex Path, IReadOnlyList<KeyValuePair<string, string>> Values)> rules;

    private NetlifyHeaders(IReadOnlyList<(Regex, IReadOnlyList<KeyValuePair<string, string>>)> rules) => this.rules = rules;

    /// <summary>No rules: what serve uses when there is no <c>netlify.toml</c>.</summary>
    public static NetlifyHeaders None { get; } = new([]);

    /// <summary>How many <c>[[headers]]</c> rules were read.</summary>
    public int Count => rules.Count;

    /// <summary>
    /// The <c>netlify.toml</c> beside the input folder (the repository root of a site), else in the working directory;
    /// <see cref="None"/> when there is neither.
    /// </summary>
    /// <exception cref="UsageException">The file is not valid TOML, or a rule has no <c>for</c>.</exception>
    public static NetlifyHeaders Find(string inputDir)
    {
        var besideInput = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "netlify.toml");
        var path = File.Exists(besideInput) ? besideInput : Path.GetFullPath("netlify.toml");
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : None;
    }

    /// <summary>Reads the rules of one <c>netlify.toml</c>'s text; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="UsageException">The text is not valid TOML, or a rule has no <c>for</c>.</exception>
    public static NetlifyHeaders Parse(string toml, string path)
    {
        TomlTable root;
        try
        {
            root = TomlSerializer.Deserialize<TomlTable>(toml)!;
        }
        catch (TomlException ex)
        {
            throw new UsageException($"{path}:{ex.Line}:{ex.Column}: {ex.Message} (serve applies its [[headers]]; fix the file or move it away)");
        }

        var rules = new List<(Regex, IReadOnlyList<KeyValuePair<string, string>>)>();
        if (root.TryGetValue("headers", out var value) && value is TomlTableArray headers)
        {
            foreach (var rule in headers)
            {
                if (!rule.TryGetValue("for", out var pattern) || pattern is not string forPath)
                {
                    throw new UsageException($"{path}: a [[headers]] rule has no 'for' path (write for = \"/*\" to match every path)");
                }

                var values = rule.TryGetValue("values", out var v) && v is TomlTable table
                    ? table.Select(kv => KeyValuePair.Create(kv.Key, Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList()
                    : [];
                rules.Add((PathPattern(forPath), values));
            }
        }

        return new NetlifyHeaders(rules);
    }

    /// <summary>The headers every matching rule sets for <paramref name="requestPath"/>, later rules overriding earlier ones, as on Netlify.</summary>
    public IReadOnlyDictionary<string, string> For(string requestPath)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in rules.Where(r => r.Path.IsMatch(requestPath)))
        {
            foreach (var (name, text) in values)
            {
                headers[name] = text;
            }
        }

        return headers;
    }

    /// <summary>Sets the headers of <paramref name="requestPath"/> on <paramref name="response"/>.</summary>
    public void Apply(HttpResponse response, string requestPath)
    {
        foreach (var (name, text) in For(requestPath))
        {
            response.Headers[name] = text;
        }
    }

    // Netlify's path syntax: '*' (a splat) matches the rest of the path, ':name' one segment; the rest is literal.
    private static Regex PathPattern(string forPath)
    {
        var pattern = Regex.Replace(Regex.Escape(forPath), @"\\\*|:[A-Za-z_][A-Za-z0-9_]*", m => m.Value == @"\*" ? ".*" : "[^/]+");
        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant);
    }
}
