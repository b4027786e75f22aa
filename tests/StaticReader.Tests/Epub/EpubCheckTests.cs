using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Epub;

/// <summary>
/// epubcheck, the EPUB's reference validator, reports no error and no warning for the reader's EPUB, the golden fixture's
/// and a site with odd content, each checked once, in one JVM (see <see cref="EpubCheck"/>).
/// </summary>
public sealed class EpubCheckTests
{
    [Fact]
    public void Epubcheck_reports_no_errors_and_no_warnings()
    {
        using var reader = new TempSite();
        using var fixture = new TempSite();
        using var odd = OddSite.Create();
        var builds = new[]
        {
            (Name: "reader", Input: Path.Combine(RepoPaths.Root, "input"), Output: reader.Output, Slug: "us-china-ai-race-june-2025"),
            (Name: "golden fixture", Input: Path.Combine(RepoPaths.Fixture("basic"), "input"), Output: fixture.Output, Slug: "roundup"),
            (Name: "odd content", Input: odd.Input, Output: odd.Output, Slug: OddSite.Text),
        };
        foreach (var build in builds)
        {
            var result = SiteBuilder.Build(new BuildOptions(build.Input, RepoPaths.Theme, build.Output));
            Assert.True(result.Published, build.Name + ":\n" + string.Join("\n", result.Diagnostics));
        }

        var epubs = builds.Select(b => Path.Combine(b.Output, "texts", b.Slug, b.Slug + ".epub")).ToList();
        var reports = EpubCheck.Run(epubs);
        foreach (var (build, epub) in builds.Zip(epubs))
        {
            var (exitCode, output) = reports[epub];
            Assert.True(exitCode == 0 && output.Contains("Messages: 0 fatals / 0 errors / 0 warnings"), $"epubcheck on the {build.Name}'s EPUB:\n{output}");
        }
    }
}
