using StaticReader.Core.Indexing;
using StaticReader.Core.Linking;
using StaticReader.Core.Loading;
using StaticReader.Core.Markdown;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Pipeline;

/// <summary>Everything a successful build computed, kept by <c>serve</c> so one edited file can be rebuilt alone.</summary>
public sealed record BuildState(
    LoadedSite Site,
    SiteIndex Index,
    IReadOnlyList<ConvertedPage> Converted,
    SiteLinks Links,
    ThemeLayouts Layouts,
    ThemeAssets Assets);
