using StaticReader.Core.Diagnostics;
using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;
using Xunit.Abstractions;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// Thousands of random markdown documents (see <see cref="MarkdownFuzzer"/>) through the whole pipeline, in-process:
/// 20 sites of 100 documents in 4 shards. A build never throws or hangs; a failed build explains every error with a
/// path, a message and a hint; a built site parses as HTML without errors and every internal link and anchor resolves.
/// Three sites in four are clean (every document valid), so they must build. Set <c>SR_FUZZ_KEEP</c> to a folder to
/// keep the input of every site that shows a problem, for reproduction with <c>staticreader build --input …</c>.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper log)
{
    private const int SitesPerShard = 5;
    private const int DocumentsPerSite = 100;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_sites_build_or_fail_cleanly_and_built_sites_are_sound(int shard)
    {
        var problems = new List<string>();
        var (built, failed, pages, links) = (0, 0, 0, 0);
        for (var n = 0; n < SitesPerShard; n++)
        {
            var seed = 7000 + shard * SitesPerShard + n;
            var clean = seed % 4 != 3;
            using var site = new TempSite();
            site.Write("site.yml", "title: \"Fuzz <site> & co\"\nbaseUrl: https://fuzz.example/\nnav:\n  - { title: Glossary, url: /glossary/ }\n");
            foreach (var document in new MarkdownFuzzer(seed, clean).Site(DocumentsPerSite))
            {
                site.Write(document.RelativePath, document.Content);
            }

            var before = problems.Count;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = TimedBuild.Run(new BuildOptions(site.Input, site.Theme, site.Output), TimeSpan.FromSeconds(90));
            foreach (var diagnostic in result.Diagnostics)
            {
                if (string.IsNullOrWhiteSpace(diagnostic.Path) || string.IsNullOrWhiteSpace(diagnostic.Message) ||
                    (diagnostic.Severity == Severity.Error && string.IsNullOrWhiteSpace(diagnostic.Hint)))
                {
                    problems.Add($"seed {seed}: a diagnostic without path, message or hint: {diagnostic}");
                }
            }

            if (!result.Published)
            {
                failed++;
                if (clean)
                {
                    problems.Add($"seed {seed}: a clean site failed to build:\n  " + string.Join("\n  ", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(10)));
                }

                Keep(site, seed, problems.Count > before);
                continue;
            }

            built++;
            var checker = new SiteChecker(site.Output);
            var buildTime = clock.Elapsed;
            var found = checker.Check();
            log.WriteLine($"seed {seed}: built in {buildTime.TotalMilliseconds:F0} ms, checked in {(clock.Elapsed - buildTime).TotalMilliseconds:F0} ms");
            problems.AddRange(found.Take(20).Select(p => $"seed {seed}: {p}"));
            pages += checker.Counts.Pages;
            links += checker.Counts.Links;
            Keep(site, seed, problems.Count > before);
        }

        log.WriteLine($"shard {shard}: {SitesPerShard * DocumentsPerSite} documents in {SitesPerShard} sites; {built} built, {failed} failed (as allowed for non-clean sites); {pages} pages and {links} internal links checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    private static void Keep(TempSite site, int seed, bool hasProblems)
    {
        if (hasProblems && Environment.GetEnvironmentVariable("SR_FUZZ_KEEP") is { Length: > 0 } keep)
        {
            TempSite.CopyDirectory(site.Input, Path.Combine(keep, $"seed-{seed}", "input"));
        }
    }
}
