using System.Security.Cryptography;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;

namespace StaticReader.Core.Theme;

/// <summary>
/// The theme's static files, fingerprinted: all <c>assets/css/*.css</c> bundled into one <c>site.css</c>,
/// every other file under <c>assets/</c> published with a content hash in its name, so that they can be
/// cached forever. CSS and JavaScript are minified (<see cref="AssetMinifier"/>).
/// </summary>
public sealed class ThemeAssets
{
    private readonly Dictionary<string, ThemeAsset> byName;

    private ThemeAssets(Dictionary<string, ThemeAsset> byName) => this.byName = byName;

    /// <summary>Every asset in a stable order.</summary>
    public IEnumerable<ThemeAsset> All => byName.Values.OrderBy(a => a.OutputPath, StringComparer.Ordinal);

    /// <summary>Reads and fingerprints the theme's assets.</summary>
    public static ThemeAssets Load(string themeDir, DiagnosticBag diagnostics)
    {
        var assetsDir = Path.Combine(themeDir, "assets");
        var files = InputScanner.Scan(assetsDir, Path.Combine(LoadContent.DisplayPath(themeDir), "assets"), diagnostics);
        var byName = new Dictionary<string, ThemeAsset>(StringComparer.Ordinal);

        var css = files.Where(f => f.RelativePath.StartsWith("css/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".css", StringComparison.Ordinal)).ToList();
        if (css.Count > 0)
        {
            using var bundle = new MemoryStream();
            foreach (var file in css)
            {
                bundle.Write(File.ReadAllBytes(file.FullPath));
                bundle.WriteByte((byte)'\n');
            }

            var bytes = AssetMinifier.Minify("site.css", bundle.ToArray(), Path.Combine(LoadContent.DisplayPath(themeDir), "assets/css"), diagnostics);
            byName["site.css"] = new ThemeAsset("site.css", Fingerprint("static/site.css", bytes), bytes);
        }

        foreach (var file in files.Except(css))
        {
            var bytes = AssetMinifier.Minify(file.RelativePath, File.ReadAllBytes(file.FullPath), file.DisplayPath, diagnostics);
            byName[file.RelativePath] = new ThemeAsset(file.RelativePath, Fingerprint("static/" + file.RelativePath, bytes), bytes);
        }

        return new ThemeAssets(byName);
    }

    /// <summary>The output path of an asset, or null when the theme has no such file.</summary>
    public string? PathOf(string logicalName) => byName.TryGetValue(logicalName, out var asset) ? asset.OutputPath : null;

    private static string Fingerprint(string path, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var dot = path.LastIndexOf('.');
        var slash = path.LastIndexOf('/');
        return dot > slash ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }
}
