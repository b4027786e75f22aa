using Scriban.Runtime;

namespace StaticReader.Core.Rendering;

/// <summary>One page to render through a layout.</summary>
/// <param name="OutputPath">Where the result goes, relative to the output folder.</param>
/// <param name="Layout">The layout name (file in <c>theme/layouts/</c> without <c>.html</c>).</param>
/// <param name="Page">The <c>page</c> object the layout sees.</param>
/// <param name="SourcePath">The content file this page comes from, for error messages; null for generated pages.</param>
public sealed record RenderJob(string OutputPath, string Layout, ScriptObject Page, string? SourcePath)
{
    /// <summary>
    /// The page's body HTML as UTF-8, for a page made from markdown: the layout reads it as <c>page.body</c>, given as
    /// text, or spliced into the output where the layout prints it (<see cref="ContentSplice"/>).
    /// </summary>
    public byte[]? Body { get; init; }
}
