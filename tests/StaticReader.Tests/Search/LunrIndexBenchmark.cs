using System.Diagnostics;
using System.Text.Json;
using StaticReader.Core.Search;
using Xunit;
using Xunit.Abstractions;

namespace StaticReader.Tests.Search;

/// <summary>
/// Times the index of 4,000 synthetic ~5 KB documents in C# and in lunr.js (Node) and prints
/// both; asserts only that the two JSON texts are identical, never a time. Run with
/// <c>dotnet test tests/StaticReader.Tests -c Release --filter "Category=Bench" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class LunrIndexBenchmark(ITestOutputHelper output)
{
    private const int Documents = 4000;
    private const int BodyBytes = 5000;

    [Fact]
    [Trait("Category", "Bench")]
    public void BuildFourThousandDocumentsInCSharpAndInLunrJs()
    {
        IReadOnlyList<SearchDocument> documents = SyntheticCorpus.Create(Documents, BodyBytes);
        long textChars = documents.Sum(d => (long)d.Title.Length + d.Aliases.Length + d.Summary.Length + d.Body.Length);

        // C#: the first run in the process (as a site build runs it, JIT included), then the median of five.
        var cold = Stopwatch.StartNew();
        LunrIndex first = LunrIndexBuilder.Build(documents);
        double coldBuild = cold.Elapsed.TotalMilliseconds;
        cold.Restart();
        string ours = LunrIndexSerializer.ToJson(first);
        double coldSerialize = cold.Elapsed.TotalMilliseconds;
        var build = new List<double>();
        var buildCpu = new List<double>();
        var serialize = new List<double>();
        for (int run = 0; run < 5; run++)
        {
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            LunrIndex index = LunrIndexBuilder.Build(documents);
            build.Add(watch.Elapsed.TotalMilliseconds);
            buildCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            watch.Restart();
            using var sink = new MemoryStream();
            LunrIndexSerializer.WriteTo(index, sink);
            serialize.Add(watch.Elapsed.TotalMilliseconds);
        }

        // lunr.js: build-index.js times lunr() and JSON.stringify inside Node, without stdin parsing.
        var wall = Stopwatch.StartNew();
        string theirs = LunrNode.Run(
            "build-index.js",
            LunrJs.DocumentsJson(documents),
            new Dictionary<string, string> { ["LUNR_TIMING"] = "1" },
            out string timing);
        double nodeWall = wall.Elapsed.TotalMilliseconds;
        using var times = JsonDocument.Parse(timing);
        double nodeBuild = times.RootElement.GetProperty("buildMs").GetDouble();
        double nodeBuildCpu = times.RootElement.GetProperty("buildCpuMs").GetDouble();
        double nodeStringify = times.RootElement.GetProperty("stringifyMs").GetDouble();

        output.WriteLine($"corpus: {Documents} documents, {textChars / 1e6:F1} M chars of text, index JSON {ours.Length / 1e6:F1} M chars, {Environment.ProcessorCount} cores");
        output.WriteLine($"C#  first run in process: Build {coldBuild:F0} ms, ToJson {coldSerialize:F0} ms");
        output.WriteLine($"C#  LunrIndexBuilder.Build     median {Median(build),7:F0} ms wall, {Median(buildCpu):F0} ms CPU (runs: {string.Join(", ", build.Select(t => t.ToString("F0")))})");
        output.WriteLine($"C#  LunrIndexSerializer.WriteTo median {Median(serialize),7:F0} ms");
        output.WriteLine($"C#  total                       median {Median(build.Zip(serialize, (a, b) => a + b).ToList()),7:F0} ms");
        output.WriteLine($"lunr.js 2.3.9 (Node {NodeVersion()}) lunr() {nodeBuild,7:F0} ms wall, {nodeBuildCpu:F0} ms CPU; JSON.stringify {nodeStringify:F0} ms; node process wall {nodeWall:F0} ms");
        output.WriteLine($"load average at the end: {LoadAverage()}");

        Assert.True(ours == theirs, "The C# index JSON differs from lunr.js's on the benchmark corpus.");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string NodeVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!;
            string version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
