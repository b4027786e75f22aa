using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>serve's incremental rebuilds give the same pages a full build would, and fall back to a full build when they must.</summary>
public sealed class SiteSessionTests
{
    private static TempSite Site()
    {
        var site = new TempSite(copyTheme: true);
        site.WriteTheme("layouts/text.html", "{{ page.body }}");
        site.WriteTheme("layouts/term.html", "<h1>{{ page.title }}</h1>{{ for b in page.backlinks }}{{ for m in b.mentions }}<p class=\"ctx\">{{ m.context_html }}</p>{{ end }}{{ end }}");
        site.Write("glossary/reactor.md", "---\ntitle: Reactor\nsummary: A machine.\naliases: [reactors]\n---\nBody.");
        site.Write("texts/a.md", "---\ntitle: A\n---\nFirst, reactors hum.");
        return site;
    }

    private static void AssertBuilt(BuildResult result) => Assert.True(result.Published, string.Join("\n", result.Diagnostics));

    private static SiteSession Session(TempSite site) => new(new BuildOptions(site.Input, site.Theme, site.Output));

    /// <summary>A full build, in a site of its own, of <paramref name="site"/>'s input and theme as they are now.</summary>
    private static TempSite FreshBuildOf(TempSite site)
    {
        var fresh = new TempSite(copyTheme: true);
        TempSite.CopyDirectory(site.Input, fresh.Input);
        TempSite.CopyDirectory(site.Theme, fresh.Theme);
        AssertBuilt(fresh.Build());
        return fresh;
    }

    /// <summary>The served folder of <paramref name="site"/> holds what a full build writes, file for file.</summary>
    private static void AssertEqualsFreshBuild(TempSite site)
    {
        using var fresh = FreshBuildOf(site);
        Assert.Equal(TreeSnapshot.Of(fresh.Output), TreeSnapshot.Of(site.Output));
    }

    [Fact]
    public void Body_edit_rewrites_the_page_and_the_backlinks_of_the_terms_it_mentions()
    {
        using var site = Site();
        var session = Session(site);
        AssertBuilt(session.BuildAll());
        Assert.Contains("First, <mark>reactors</mark> hum.", site.ReadOutput("glossary/reactor/index.html"));

        site.Write("texts/a.md", "---\ntitle: A\n---\nNow the reactors sing.");
        var result = session.Update([Path.Combine(site.Input, "texts/a.md")]);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.True(result.Stats.Incremental);
        Assert.Contains("Now the <a class=\"term\" href=\"/glossary/reactor/\" data-preview=\"reactor\">reactors</a> sing.", site.ReadOutput("texts/a/index.html"));
        Assert.Contains("Now the <mark>reactors</mark> sing.", site.ReadOutput("glossary/reactor/index.html"));

        using var fresh = FreshBuildOf(site);
        foreach (var page in new[] { "texts/a/index.html", "glossary/reactor/index.html" })
        {
            Assert.Equal(fresh.ReadOutput(page), site.ReadOutput(page));
        }
    }

    [Fact]
    public void A_body_edit_that_renumbers_figures_rebuilds_the_pages_that_link_to_them()
    {
        using var site = Site();
        const string chart = "```chart\ntitle: {0}\ndata: [{{ k: a, v: 1 }}]\n```\n\n";
        site.Write("texts/a.md", "---\ntitle: A\n---\n" + string.Format(chart, "Cats") + string.Format(chart, "Dogs"));
        site.Write("texts/b.md", "---\ntitle: B\n---\nSee [[a#fig-dogs]].");
        var session = Session(site);
        AssertBuilt(session.BuildAll());
        Assert.Contains(">Figure 2</a>", site.ReadOutput("texts/b/index.html"));

        site.Write("texts/a.md", "---\ntitle: A\n---\n" + string.Format(chart, "Dogs") + string.Format(chart, "Cats"));
        var result = session.Update([Path.Combine(site.Input, "texts/a.md")]);

        AssertBuilt(result);
        Assert.False(result.Stats.Incremental);
        Assert.Contains(">Figure 1</a>", site.ReadOutput("texts/b/index.html"));
    }

    [Fact]
    public void The_first_link_to_another_pages_figure_numbers_it_and_edits_without_one_stay_incremental()
    {
        using var site = Site();
        const string chart = "```chart\ntitle: {0}\ndata: [{{ k: a, v: 1 }}]\n```\n\n";
        site.Write("texts/a.md", "---\ntitle: A\n---\n" + string.Format(chart, "Cats") + string.Format(chart, "Dogs"));
        site.Write("texts/b.md", "---\ntitle: B\n---\nNo figures here.");
        var session = Session(site);
        AssertBuilt(session.BuildAll());

        // No page links to a figure: the index numbered none, and an edit of a page with charts stays incremental.
        site.Write("texts/a.md", "---\ntitle: A\n---\n" + string.Format(chart, "Cats") + string.Format(chart, "Dogs") + "More.");
        var result = session.Update([Path.Combine(site.Input, "texts/a.md")]);
        AssertBuilt(result);
        Assert.True(result.Stats.Incremental);

        // The first link to one of them needs the numbers: a full build, which gives "Figure 2".
        site.Write("texts/b.md", "---\ntitle: B\n---\nSee [[a#fig-dogs]].");
        result = session.Update([Path.Combine(site.Input, "texts/b.md")]);
        AssertBuilt(result);
        Assert.False(result.Stats.Incremental);
        Assert.Contains(">Figure 2</a>", site.ReadOutput("texts/b/index.html"));
    }

    [Fact]
    public void A_body_edit_that_breaks_a_link_or_image_fails_at_the_markdown_as_a_full_build_would()
    {
        using var site = Site();
        var session = Session(site);
        AssertBuilt(session.BuildAll());

        site.Write("texts/a.md", "---\ntitle: A\n---\nFirst, reactors hum. ![x](/assets/gone.png) [y](/glossary/reactr/)");
        var result = session.Update([Path.Combine(site.Input, "texts/a.md")]);

        Assert.False(result.Published);
        var errors = result.Diagnostics.Where(d => d.Severity == Core.Diagnostics.Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.EndsWith("texts/a.md", e.Path));
        Assert.Contains(errors, e => e.Hint == "did you mean /glossary/reactor/?");
    }

    [Fact]
    public void Front_matter_change_that_others_depend_on_rebuilds_everything()
    {
        using var site = Site();
        var session = Session(site);
        AssertBuilt(session.BuildAll());

        site.Write("glossary/reactor.md", "---\ntitle: Nuclear reactor\nsummary: A machine.\naliases: [reactors]\n---\nBody.");
        var result = session.Update([Path.Combine(site.Input, "glossary/reactor.md")]);

        Assert.True(result.Published);
        Assert.False(result.Stats.Incremental);
        Assert.Contains("\"title\":\"Nuclear reactor\"", site.ReadOutput("previews/reactor.json"));
    }

    [Fact]
    public void Broken_edit_reports_the_error_and_keeps_the_last_good_page()
    {
        using var site = Site();
        var session = Session(site);
        AssertBuilt(session.BuildAll());
        var before = site.ReadOutput("texts/a/index.html");

        site.Write("texts/a.md", "---\ntitle: A\n---\nA note[^missing] here.");
        var result = session.Update([Path.Combine(site.Input, "texts/a.md")]);

        Assert.False(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("[^missing]") && d.Line == 4);
        Assert.Equal(before, site.ReadOutput("texts/a/index.html"));
    }

    /// <summary>
    /// Each kind of edit serve meets, applied to a running session: afterwards the served folder holds exactly what a
    /// fresh build of the edited input writes, file for file (search data included).
    /// </summary>
    [Theory]
    [InlineData("text body", "texts/a.md", "---\ntitle: A\n---\nNow the reactors sing, and a [[b]] link.")]
    [InlineData("term body", "glossary/reactor.md", "---\ntitle: Reactor\nsummary: A machine.\naliases: [reactors]\n---\nA new body about reactors.")]
    [InlineData("term front matter", "glossary/reactor.md", "---\ntitle: Reactor\nsummary: A different machine.\naliases: [reactors, reactor cores]\n---\nBody.")]
    [InlineData("new page", "texts/c.md", "---\ntitle: C\n---\nMore reactors here.")]
    [InlineData("deleted page", "texts/b.md", null)]
    public void After_any_edit_the_served_folder_equals_a_fresh_build(string edit, string path, string? content)
    {
        using var site = Site();
        site.Write("texts/b.md", "---\ntitle: B\n---\nSecond text on reactors.");
        site.Write("pages/about.md", "---\ntitle: About\n---\nAbout [[a]].");
        var session = Session(site);
        AssertBuilt(session.BuildAll());

        var full = Path.Combine(site.Input, path);
        if (content is null)
        {
            File.Delete(full);
        }
        else
        {
            site.Write(path, content);
        }

        var result = session.Update([full]);
        Assert.True(result.Published, edit + ": " + string.Join("\n", result.Diagnostics));

        AssertEqualsFreshBuild(site);
    }

    /// <summary>
    /// serve cancels the rest of an edit's rebuild (term pages, search data) when a newer edit arrives. What the cancelled
    /// rest did not write is owed and written with the next edit's rest, so the folder ends as a fresh build would.
    /// </summary>
    [Fact]
    public void A_cancelled_rest_is_written_by_the_next_edit_and_the_folder_equals_a_fresh_build()
    {
        using var site = Site();
        site.Write("texts/b.md", "---\ntitle: B\n---\nSecond text.");
        var session = Session(site);
        AssertBuilt(session.BuildAll());
        var termBefore = site.ReadOutput("glossary/reactor/index.html");

        // Edit 1 changes what the term page shows; its rest is cancelled before it starts.
        site.Write("texts/a.md", "---\ntitle: A\n---\nNow the reactors sing.");
        var written = new List<string>();
        var result = session.Update([Path.Combine(site.Input, "texts/a.md")], written.AddRange, new CancellationToken(canceled: true));
        AssertBuilt(result);
        Assert.Equal(["/texts/a/"], written); // the edited page only
        Assert.Contains("Now the <a class=\"term\"", site.ReadOutput("texts/a/index.html"));
        Assert.Equal(termBefore, site.ReadOutput("glossary/reactor/index.html")); // not yet rewritten
        Assert.True(session.OwesFiles);

        // Edit 2 does not mention the term: its own rest would not touch the term page, the owed rest does.
        site.Write("texts/b.md", "---\ntitle: B\n---\nSecond text, edited.");
        AssertBuilt(session.Update([Path.Combine(site.Input, "texts/b.md")]));
        Assert.False(session.OwesFiles);
        Assert.Contains("Now the <mark>reactors</mark> sing.", site.ReadOutput("glossary/reactor/index.html"));

        AssertEqualsFreshBuild(site);
    }

    /// <summary>The search data, the longest part of an edit's rest, stops when cancelled before it writes a file.</summary>
    [Fact]
    public void Cancelled_search_data_writes_no_file()
    {
        using var site = Site();
        var (result, model) = SiteBuilder.BuildModel(new BuildOptions(site.Input, site.Theme, site.Output));
        AssertBuilt(result);
        var sink = new StaticReader.Core.Output.InPlaceSink(Path.Combine(site.Root, "cancelled"));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            StaticReader.Core.Rendering.SearchData.Write(model!.Pages, sink, cancel: new CancellationToken(canceled: true)));
        Assert.Equal(0, sink.FileCount);

        StaticReader.Core.Rendering.SearchData.Write(model!.Pages, sink);
        Assert.True(sink.FileCount > 0); // the same call without cancelling writes the index
    }

    /// <summary>
    /// Cancelled while its files are being written, the sharded index stops before its meta file: the folder keeps
    /// answering with the old index (the meta file names only files that are there), and the next write completes it.
    /// </summary>
    [Fact]
    public void Search_data_cancelled_between_files_never_writes_the_meta_file_and_the_next_write_completes()
    {
        using var site = Site();
        var (result, model) = SiteBuilder.BuildModel(new BuildOptions(site.Input, site.Theme, site.Output));
        AssertBuilt(result);
        var folder = Path.Combine(site.Root, "cancelled");
        using var cancel = new CancellationTokenSource();
        var sink = new CancellingSink(new StaticReader.Core.Output.InPlaceSink(folder), afterFiles: 2, cancel);

        Assert.ThrowsAny<OperationCanceledException>(() => StaticReader.Core.Rendering.SearchData.Write(model!.Pages, sink, cancel: cancel.Token));
        // The shards and the fragments are written by several threads: each stops before its next file, so a file
        // another thread had already begun when the cancel came may still be finished, and nothing after it.
        Assert.InRange(sink.FileCount, 2, 2 + Environment.ProcessorCount + 1);
        Assert.False(File.Exists(Path.Combine(folder, "search", "meta.json")));

        StaticReader.Core.Rendering.SearchData.Write(model!.Pages, new StaticReader.Core.Output.InPlaceSink(folder));
        var meta = File.ReadAllText(Path.Combine(folder, "search", "meta.json"));
        var named = System.Text.RegularExpressions.Regex.Matches(meta, "\"([0-9a-f]{10})\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(named);
        var files = Directory.GetFiles(Path.Combine(folder, "search"), "*.json", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.All(named, hash => Assert.Contains(hash, files));
    }

    /// <summary>A sink that cancels <c>cancel</c> once it has created <c>afterFiles</c> files.</summary>
    private sealed class CancellingSink(StaticReader.Core.Output.IOutputSink inner, int afterFiles, CancellationTokenSource cancel) : StaticReader.Core.Output.IOutputSink
    {
        public int FileCount => inner.FileCount;

        public Stream Create(string path)
        {
            var stream = inner.Create(path);
            if (inner.FileCount >= afterFiles)
            {
                cancel.Cancel();
            }

            return stream;
        }

        public void Copy(string sourceFile, string path) => inner.Copy(sourceFile, path);
    }
}
