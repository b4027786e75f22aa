using System.Diagnostics;
using System.Text;

namespace StaticReader.Tests.Search;

/// <summary>
/// Runs the real lunr.js 2.3.9 of <c>tests/lunr</c> in Node. The repository root is found by
/// walking up from the test assembly to <c>StaticReader.sln</c>; <c>node</c> is looked up on PATH.
/// A missing Node or lunr makes the calling test fail with instructions, never pass.
/// </summary>
internal static class LunrNode
{
    public const string InstallHint = "run `npm ci --prefix tests/lunr` from the repository root (needs Node.js 20 on PATH)";

    private static readonly Lazy<(string Node, string HarnessDirectory)> Setup = new(Locate);

    /// <summary>The tests/lunr folder.</summary>
    public static string HarnessDirectory => Setup.Value.HarnessDirectory;

    /// <summary>Runs <c>node tests/lunr/&lt;script&gt;</c> with <paramref name="stdin"/> and returns its stdout.</summary>
    public static string Run(string script, string stdin, IDictionary<string, string>? environment = null)
        => Run(script, stdin, environment, out _);

    /// <summary>As <see cref="Run(string, string, IDictionary{string, string}?)"/>, also returning stderr.</summary>
    public static string Run(string script, string stdin, IDictionary<string, string>? environment, out string stderr)
    {
        var (node, harness) = Setup.Value;
        var info = new ProcessStartInfo(node)
        {
            WorkingDirectory = harness,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add("--max-old-space-size=4096");
        info.ArgumentList.Add(Path.Combine(harness, script));
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {node}.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in 5 minutes.");
        }

        stderr = errors.GetAwaiter().GetResult();
        string output = stdout.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {stderr}");
        }

        return output;
    }

    private static (string Node, string HarnessDirectory) Locate()
    {
        string root = RepositoryRoot();
        string harness = Path.Combine(root, "tests", "lunr");
        string lunr = Path.Combine(harness, "node_modules", "lunr", "lunr.js");
        string? node = FindOnPath("node");
        if (node is null)
        {
            throw new InvalidOperationException($"Node.js (`node`) is not on PATH; the search tests compare with real lunr.js: install Node.js 20, then {InstallHint}.");
        }

        if (!File.Exists(lunr))
        {
            throw new InvalidOperationException($"lunr.js is not installed in {harness}: {InstallHint}.");
        }

        string packageJson = File.ReadAllText(Path.Combine(harness, "node_modules", "lunr", "package.json"));
        if (!packageJson.Contains("\"version\": \"2.3.9\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"tests/lunr/node_modules holds a lunr other than 2.3.9: {InstallHint}.");
        }

        return (node, harness);
    }

    /// <summary>The folder holding StaticReader.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticReader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"StaticReader.sln not found above {AppContext.BaseDirectory}.");
    }

    private static string? FindOnPath(string name)
    {
        string[] names = OperatingSystem.IsWindows() ? [name + ".exe", name + ".cmd"] : [name];
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string candidate in names)
            {
                string path = Path.Combine(dir, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
