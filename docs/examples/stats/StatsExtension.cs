using System.Text.Json;
using Scriban.Runtime;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Emit;
using StaticReader.Core.Extensions;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Passes;
using StaticReader.Core.Model;
using StaticReader.Core.Output;

namespace StaticReader.Examples.Stats;

/// <summary>
/// An example extension: a <c>/stats.json</c> emitter (pages per collection, words, notes), a <c>word_count</c>
/// function for layouts and a page pass that marks links leaving the site.
/// </summary>
public sealed class StatsExtension : IReaderExtension
{
    /// <inheritdoc />
    public string Name => "stats";

    /// <inheritdoc />
    public IEnumerable<IEmitter> Emitters(SiteModel model) => [new StatsEmitter()];

    /// <inheritdoc />
    public IEnumerable<IPagePass> PagePasses(SiteIndex index) => [new ExternalLinksPass()];

    /// <inheritdoc />
    public void AddTemplateGlobals(ScriptObject globals, SiteIndex index) =>
        globals.Import("word_count", new Func<string, int>(WordCount));

    /// <summary>The words of a text or of HTML (tags are not words).</summary>
    public static int WordCount(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "<[^>]*>", " ")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>Writes <c>stats.json</c>: how many pages each collection has, how many words and notes the site holds.</summary>
public sealed class StatsEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "stats";

    /// <inheritdoc />
    public void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics)
    {
        using var stream = sink.Create("stats.json");
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("collections");
        foreach (var (name, pages) in model.Index.ByCollection)
        {
            json.WriteNumber(name, pages.Count);
        }

        json.WriteEndObject();
        json.WriteNumber("words", model.Pages.Sum(p => StatsExtension.WordCount(p.Html)));
        json.WriteNumber("notes", model.Pages.Sum(p => p.NotesCount));
        json.WriteEndObject();
    }

    /// <summary>Every edit changes the counts, so serve rewrites the file on each one.</summary>
    public EmitScope Affected(SiteChange change) => EmitScope.All;
}
