using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;
using StaticReader.Core.Extensions;
using StaticReader.Core.Indexing;
using StaticReader.Core.Markdown.Passes;
using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// The page passes as an extension point: an extension's passes run after the built-in ones on every page, and a link
/// made by an extension's own markdown syntax goes through the same URL checks as a markdown link.
/// </summary>
public sealed class PagePassTests
{
    [Fact]
    public void A_link_from_an_extensions_own_syntax_is_refused_when_unsafe_and_rebased_when_site_rooted()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("site.yml", "title: T\nbaseUrl: https://example.org/reader/\n");
        site.Write("texts/t.md", "---\ntitle: T\n---\nSee %%javascript:alert(1)%% and %%/glossary/chips/%%.\n");
        site.Write("glossary/chips.md", "---\ntitle: Chips\nsummary: Processors.\n---\nChips.\n");

        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output) { Extensions = [new PercentLinks()] });

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("unsafe scheme", StringComparison.Ordinal));
        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.False(result.Published);

        site.Write("texts/t.md", "---\ntitle: T\n---\nSee %%/glossary/chips/%%.\n");
        result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output) { Extensions = [new PercentLinks()] });
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Contains("href=\"/reader/glossary/chips/\"", site.ReadOutput("texts/t/index.html"));
    }

    [Fact]
    public void An_extensions_passes_run_after_the_built_in_ones_on_every_page()
    {
        using var site = new TempSite(copyTheme: true);
        site.Write("texts/t.md", "---\ntitle: T\n---\nAbout [[chips]].\n");
        site.Write("glossary/chips.md", "---\ntitle: Chips\nsummary: Processors.\n---\nChips.\n");
        var recorder = new Recorder();

        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output) { Extensions = [recorder] });

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal(["chips", "t"], recorder.Seen.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["chips"], recorder.Seen["t"]); // the wikilink was already resolved when the extension's pass ran
    }

    /// <summary>A made-up syntax, <c>%%url%%</c>, that an extension parses into a plain link.</summary>
    private sealed class PercentLinks : IReaderExtension
    {
        public string Name => "percent links";

        public void SetupMarkdown(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.Insert(0, new PercentLinkParser());
    }

    private sealed class PercentLinkParser : InlineParser
    {
        public PercentLinkParser() => OpeningCharacters = ['%'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var text = slice.Text.AsSpan(slice.Start, slice.Length);
            if (!text.StartsWith("%%") || text[2..].IndexOf("%%") is var end && end < 0)
            {
                return false;
            }

            var url = text.Slice(2, end).ToString();
            var link = new LinkInline(url, "") { Line = processor.LineIndex, Column = processor.GetSourcePosition(slice.Start, out _, out var column) >= 0 ? column : 0 };
            link.AppendChild(new LiteralInline(url));
            processor.Inline = link;
            slice.Start += end + 4;
            return true;
        }
    }

    /// <summary>Records, for each page, the wikilink targets its context holds when the pass runs.</summary>
    private sealed class Recorder : IReaderExtension, IPagePass
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Seen { get; } = new();

        string IReaderExtension.Name => "recorder";

        string IPagePass.Name => "record";

        public IEnumerable<IPagePass> PagePasses(SiteIndex index) => [this];

        public void Run(PageContext context) =>
            Seen[context.Page.Slug] = context.WikiLinks.Select(l => l.TargetSlug).OfType<string>().ToArray();
    }
}
