using Markdig;
using Scriban.Runtime;
using StaticReader.Core.Emit;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Passes;
using StaticReader.Core.Model;

namespace StaticReader.Core.Extensions;

/// <summary>
/// A feature of the reader, built in or added by a library user: what it adds to markdown, to the files a build emits,
/// and to the functions layouts can call. Every member has a default that adds nothing, so an extension implements only
/// what it needs. Built-in features register themselves this way too (<see cref="BuiltInExtension"/>).
/// </summary>
public interface IReaderExtension
{
    /// <summary>A short name for progress output and diagnostics.</summary>
    string Name { get; }

    /// <summary>Adds Markdig extensions or parsers to the pipeline every page is parsed with.</summary>
    void SetupMarkdown(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <summary>
    /// The passes this extension adds to every page's conversion, in the order they run, after those of the extensions
    /// before it (<see cref="BuiltInExtension"/> comes first). A pass sees the parsed page and may change it before the
    /// HTML is written.
    /// </summary>
    IEnumerable<IPagePass> PagePasses(SiteIndex index) => [];

    /// <summary>Adds functions or values to the globals every layout sees (next to <c>site</c>).</summary>
    void AddTemplateGlobals(ScriptObject globals, SiteIndex index)
    {
    }

    /// <summary>The emitters this extension adds to the build, in the order they run.</summary>
    IEnumerable<IEmitter> Emitters(SiteModel model) => [];
}
