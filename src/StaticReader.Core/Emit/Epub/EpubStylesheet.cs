using System.Text;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// The EPUB's stylesheet: a few rules of its own (a reading app sets fonts, margins and colours, so these stay light),
/// then the rules inside the theme's <c>@media print</c> blocks, which already turn the site into a plain document
/// (notes as footnotes, no web chrome). Rules for the print page itself (<c>@page</c>, <c>:root</c> colour variables)
/// are left out: a reading app has its own page and colours.
/// </summary>
public static class EpubStylesheet
{
    /// <summary>The stylesheet's file name in the book.</summary>
    public const string FileName = "style.css";

    private const string Own = """
        /* The EPUB edition. Reading apps choose fonts, colours and margins; these rules only give structure. */
        body { line-height: 1.5; }
        h1, h2, h3, h4 { line-height: 1.25; }
        mark { background: none; color: inherit; }
        mark.note-anchor { text-decoration: underline dotted; }
        sup.note-ref { line-height: 0; }
        sup.note-ref a { text-decoration: none; }
        aside.note { margin: 0.4em 0 1em; padding-left: 0.8em; border-left: 1px solid #999; font-size: 0.9em; }
        aside.note .note-number { float: left; font-weight: bold; margin-right: 0.5em; }
        aside.note p { margin: 0 0 0.4em; }
        figure.quote { margin: 1em 0 1em 1.5em; }
        figure.quote figcaption { font-size: 0.9em; }
        blockquote { margin: 0.5em 0; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #999; padding: 0.2em 0.4em; vertical-align: top; }
        img { max-width: 100%; }
        .term-summary { font-style: italic; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

        """;

    /// <summary>The stylesheet for a theme whose CSS files are <paramref name="themeCss"/> (in bundle order).</summary>
    public static byte[] Build(IEnumerable<string> themeCss)
    {
        var css = new StringBuilder(Own);
        css.Append("/* From the theme's print styles. */\n");
        foreach (var rule in themeCss.SelectMany(PrintBlocks).SelectMany(Rules))
        {
            var selector = rule[..rule.IndexOf('{')].Trim();
            // Rules that hide the web's chrome are left out too: the book has none of it, and one of them hides the
            // notes' back-links, which readers without pop-up footnotes need.
            if (selector.StartsWith('@') || selector.Contains(":root", StringComparison.Ordinal) ||
                System.Text.RegularExpressions.Regex.IsMatch(rule, @"display\s*:\s*none"))
            {
                continue;
            }

            css.Append(rule.Trim()).Append('\n');
        }

        // Last, so they win over the print rules: print hides that a term is a link (paper cannot follow it); a book can.
        css.Append("/* The book's own overrides. */\na.term { text-decoration: underline dotted; }\n");
        return new UTF8Encoding(false).GetBytes(css.ToString());
    }

    /// <summary>The theme's CSS files in the order the site bundles them, or none when the theme has no such folder.</summary>
    public static IEnumerable<string> ThemeCss(string themeDir)
    {
        var dir = Path.Combine(themeDir, "assets", "css");
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.css").Order(StringComparer.Ordinal).Select(File.ReadAllText)
            : [];
    }

    /// <summary>The inside of every <c>@media print { … }</c> block, comments removed.</summary>
    private static IEnumerable<string> PrintBlocks(string css)
    {
        css = System.Text.RegularExpressions.Regex.Replace(css, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        var at = 0;
        while ((at = css.IndexOf("@media print", at, StringComparison.Ordinal)) >= 0)
        {
            var open = css.IndexOf('{', at);
            if (open < 0)
            {
                yield break;
            }

            var close = Matching(css, open);
            yield return css[(open + 1)..close];
            at = close;
        }
    }

    /// <summary>The top-level rules of a block (<c>selector { … }</c>, nested braces kept whole).</summary>
    private static IEnumerable<string> Rules(string block)
    {
        var start = 0;
        while (start < block.Length)
        {
            var open = block.IndexOf('{', start);
            if (open < 0)
            {
                yield break;
            }

            var close = Matching(block, open);
            yield return block[start..(close + 1)];
            start = close + 1;
        }
    }

    private static int Matching(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            depth += css[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return css.Length - 1;
    }
}
