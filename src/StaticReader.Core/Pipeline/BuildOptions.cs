using StaticReader.Core.Extensions;

namespace StaticReader.Core.Pipeline;

/// <summary>What to build and where: the command line's <c>build</c> options.</summary>
/// <param name="InputDir">The content folder (<c>input/</c>).</param>
/// <param name="ThemeDir">The theme folder with <c>layouts/</c> and <c>assets/</c>.</param>
/// <param name="OutputDir">Where the site is published; replaced atomically on success.</param>
/// <param name="BaseUrl">Overrides <c>baseUrl</c> of <c>site.yml</c> when set.</param>
/// <param name="IncludeDrafts">Builds pages whose front matter says <c>draft: true</c>.</param>
/// <param name="Check">Also warns about unmentioned terms and unlinked pages, and verifies every internal link of the written site.</param>
public sealed record BuildOptions(string InputDir, string ThemeDir, string OutputDir, string? BaseUrl = null, bool IncludeDrafts = false, bool Check = false)
{
    /// <summary>Extensions a library user adds to the built-in features (markdown, emitters, template globals), in order.</summary>
    public IReadOnlyList<IReaderExtension> Extensions { get; init; } = [];
}
