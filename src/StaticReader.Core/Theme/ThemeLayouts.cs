using Scriban;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;

namespace StaticReader.Core.Theme;

/// <summary>
/// The theme's Scriban layouts, each parsed once per build. Layouts are the files directly in
/// <c>layouts/</c>; partials live in <c>layouts/partials/</c> and are parsed once too, then shared by
/// every page's context so that an <c>include</c> never re-parses.
/// </summary>
public sealed partial class ThemeLayouts
{
    private readonly Dictionary<string, Template> layouts;
    private readonly Dictionary<string, Template> partials;

    private ThemeLayouts(string layoutsDir, Dictionary<string, Template> layouts, Dictionary<string, Template> partials,
        IReadOnlySet<string>? staticIds = null, IReadOnlySet<string>? broken = null)
    {
        LayoutsDir = layoutsDir;
        Broken = broken ?? new HashSet<string>(StringComparer.Ordinal);
        StaticIds = staticIds ?? new HashSet<string>(StringComparer.Ordinal);
        this.layouts = layouts;
        this.partials = partials;
    }

    /// <summary>The absolute path of the layouts folder.</summary>
    public string LayoutsDir { get; }

    /// <summary>
    /// The layouts (by name) and partials (by absolute path) that failed to parse. Their error is reported once, where it
    /// is; a page that needs one is left out without a second error.
    /// </summary>
    public IReadOnlySet<string> Broken { get; }

    /// <summary>True when the layout of this name exists but failed to parse (already reported).</summary>
    public bool IsBroken(string name) => Broken.Contains(name);

    /// <summary>The ids written literally in layouts and partials (<c>id="main"</c>): a content link to <c>#main</c> is not broken.</summary>
    public IReadOnlySet<string> StaticIds { get; }

    /// <summary>Parsed partials by absolute path, to seed each context's template cache.</summary>
    public IReadOnlyDictionary<string, Template> Partials => partials;

    /// <summary>
    /// Parses every layout and partial; syntax errors are reported with the theme file, line and column. Layouts directly
    /// in <paramref name="siteLayoutsDir"/> (the site's own <c>input/layouts/</c>) add to the theme's or replace them by
    /// name, so a site can give a new collection its layout without forking the theme; their includes come from the
    /// theme's partials.
    /// </summary>
    public static ThemeLayouts Load(string themeDir, DiagnosticBag diagnostics, string? siteLayoutsDir = null)
    {
        var layoutsDir = Path.GetFullPath(Path.Combine(themeDir, "layouts"));
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var staticIds = new HashSet<string>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(layoutsDir))
        {
            diagnostics.Error(LoadContent.DisplayPath(layoutsDir), 0, 0, "the theme has no layouts folder",
                "pass --theme with a folder that contains layouts/base.html");
            return new ThemeLayouts(layoutsDir, layouts, partials);
        }

        var siteLayouts = siteLayoutsDir is not null && Directory.Exists(siteLayoutsDir)
            ? InputScanner.Scan(siteLayoutsDir, LoadContent.DisplayPath(siteLayoutsDir), diagnostics).Where(f => !f.RelativePath.Contains('/'))
            : [];
        foreach (var file in InputScanner.Scan(layoutsDir, LoadContent.DisplayPath(layoutsDir), diagnostics).Concat(siteLayouts))
        {
            if (!file.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            {
                continue;
            }

            var source = File.ReadAllText(file.FullPath);
            staticIds.UnionWith(LiteralId().Matches(source).Select(m => m.Groups[1].Value));
            var template = Template.Parse(source, file.DisplayPath);
            var name = file.RelativePath[..^".html".Length];
            if (template.HasErrors)
            {
                // The first error is the cause; Scriban's later ones follow from it (a block left open swallows the rest).
                ReportSyntaxError(file.DisplayPath, source, template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error), diagnostics);
                broken.Add(file.RelativePath.Contains('/') ? file.FullPath : name);
                layouts.Remove(name); // a broken site layout must not leave the theme's of the same name in use silently
                continue;
            }

            if (file.RelativePath.Contains('/'))
            {
                partials[file.FullPath] = template;
            }
            else
            {
                layouts[name] = template;
                broken.Remove(name); // the site's own layout of that name replaces a broken one of the theme
            }
        }

        return new ThemeLayouts(layoutsDir, layouts, partials, staticIds, broken);
    }

    private static void ReportSyntaxError(string path, string source, Scriban.Parsing.LogMessage message, DiagnosticBag diagnostics)
    {
        if (message.Message.Contains("<end>", StringComparison.Ordinal) && UnclosedBlocks.Find(source) is { } open)
        {
            diagnostics.Error(path, open.Line, open.Column, $"layout syntax error: this '{{{{ {open.Keyword} }}}}' block is never closed",
                $"add {{{{ end }}}} where the {open.Keyword} block should finish");
            return;
        }

        diagnostics.Error(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
            "layout syntax error: " + message.Message,
            "fix the Scriban syntax ({{ ... }} blocks; every if/for/with needs its end)");
    }

    /// <summary>The layout with this name (file name without <c>.html</c>), or null.</summary>
    public Template? Find(string name) => layouts.GetValueOrDefault(name);

    /// <summary>True when the theme has a layout of this name.</summary>
    public bool Has(string name) => layouts.ContainsKey(name);

    [System.Text.RegularExpressions.GeneratedRegex("\\sid=\"([A-Za-z][\\w-]*)\"")]
    private static partial System.Text.RegularExpressions.Regex LiteralId();
}
