using System.Diagnostics;
using System.Text.RegularExpressions;

namespace StaticReader.Tests.Epub;

/// <summary>
/// Runs Debian's epubcheck (a Java program; test.sh installs it) once on each of several EPUBs, all in one JVM: most of
/// epubcheck's time is starting Java and compiling its schemas, which one JVM does once (measured: three EPUBs in one
/// JVM cost 8 s of CPU, one EPUB per JVM 7 s each).
/// </summary>
public static partial class EpubCheck
{
    private static readonly string[] Jars = ["/usr/share/java/epubcheck.jar", "/usr/bin/epubcheck"];

    // epubcheck's own command-line entry point, called once per file; a marker line separates the files' reports.
    private const string Launcher = """
        public class CheckEach {
            public static void main(String[] args) {
                for (String file : args) {
                    System.out.println("=== file " + file);
                    int code = new com.adobe.epubcheck.tool.EpubChecker().run(new String[] { file });
                    System.out.println("=== exit " + code);
                }
            }
        }
        """;

    /// <summary>For each EPUB, epubcheck's exit code and report (messages and the "Messages: n fatals / n errors / n warnings" line).</summary>
    public static IReadOnlyDictionary<string, (int ExitCode, string Output)> Run(IReadOnlyList<string> epubs)
    {
        var jar = Jars.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("epubcheck is not installed: run ./test.sh, or apt-get install -y epubcheck default-jre-headless");
        var dir = Path.Combine(Path.GetTempPath(), "sr-epubcheck-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        try
        {
            var source = Path.Combine(dir, "CheckEach.java");
            File.WriteAllText(source, Launcher);
            // A short-lived JVM: the client compiler alone and serial GC start faster; epubcheck's verdict is the same.
            var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", jar, source }.Concat(epubs))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var errors = stderr.Result;
            var reports = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
            foreach (Match m in Report().Matches(stdout))
            {
                reports[m.Groups["file"].Value] = (int.Parse(m.Groups["exit"].Value), m.Groups["report"].Value);
            }

            Assert.True(reports.Count == epubs.Count, $"epubcheck did not report on every EPUB (exit {process.ExitCode}):\n{stdout}\n{errors}");
            // epubcheck writes its messages to stderr; keep them with the reports so a failure shows them.
            return reports.ToDictionary(r => r.Key, r => (r.Value.Item1, r.Value.Item2 + errors));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex(@"^=== file (?<file>.+?)\r?\n(?<report>.*?)^=== exit (?<exit>\d+)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Report();
}
