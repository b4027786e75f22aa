using System.Text;
using NUglify;
using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Theme;

/// <summary>
/// Minifies the theme's CSS and JavaScript as they are published (NUglify, so a build needs nothing but .NET). The
/// sources stay readable in <c>theme/assets/</c>; readers download about half the bytes. A file the minifier cannot
/// read is published as written, with a warning at the minifier's position, so a theme mistake never blanks a site.
/// Results are reused across builds (<see cref="MinifiedCache"/>).
/// </summary>
public static class AssetMinifier
{
    /// <summary>The bytes to publish for <paramref name="relativePath"/>: minified CSS or JavaScript, anything else as is.</summary>
    /// <param name="relativePath">The path under <c>assets/</c>, which decides the language (<c>*.min.js</c> is left alone).</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="displayPath">The path shown in a warning.</param>
    /// <param name="diagnostics">Where a minifier error goes.</param>
    public static byte[] Minify(string relativePath, byte[] content, string displayPath, DiagnosticBag diagnostics)
    {
        var isCss = relativePath.EndsWith(".css", StringComparison.Ordinal);
        var isJs = relativePath.EndsWith(".js", StringComparison.Ordinal) && !relativePath.EndsWith(".min.js", StringComparison.Ordinal);
        if (!isCss && !isJs)
        {
            return content;
        }

        return MinifiedCache.GetOrAdd(isCss ? "css" : "js", content, bytes => Run(isCss, bytes, displayPath, diagnostics));
    }

    private static byte[]? Run(bool isCss, byte[] content, string displayPath, DiagnosticBag diagnostics)
    {
        var source = Encoding.UTF8.GetString(content);
        var result = isCss ? Uglify.Css(source) : Uglify.Js(source);
        var error = result.Errors.FirstOrDefault(e => e.IsError);
        if (error is not null || result.Code is null)
        {
            diagnostics.Warning(displayPath, error?.StartLine ?? 0, error?.StartColumn ?? 0,
                $"the {(isCss ? "CSS" : "JavaScript")} could not be minified ({error?.Message ?? "no output"}), so it is published as written",
                "fix the syntax at that place; browsers may read it differently from what you meant");
            return null;
        }

        return Encoding.UTF8.GetBytes(result.Code);
    }
}
