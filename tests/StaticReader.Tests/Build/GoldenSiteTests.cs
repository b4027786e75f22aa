using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// Golden sites: each <c>Fixtures/&lt;case&gt;/input</c> is built with the repository theme and compared file by
/// file with <c>Fixtures/&lt;case&gt;/expected</c>. Run with <c>UPDATE_GOLDEN=1</c> to rewrite the expected files
/// after an intended change, then review the diff.
/// </summary>
public sealed class GoldenSiteTests
{
    [Theory]
    [InlineData("basic")]
    public void Site_matches_expected_files(string fixture)
    {
        var root = RepoPaths.Fixture(fixture);
        var output = Path.Combine(Path.GetTempPath(), "sr-golden-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var result = SiteBuilder.Build(new BuildOptions(Path.Combine(root, "input"), RepoPaths.Theme, output));
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));

            var expected = Path.Combine(root, "expected");
            if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            {
                if (Directory.Exists(expected))
                {
                    Directory.Delete(expected, recursive: true);
                }

                TempSite.CopyDirectory(output, expected);
                return;
            }

            var actualFiles = TreeSnapshot.Of(output);
            var expectedFiles = TreeSnapshot.Of(expected);
            Assert.Equal(expectedFiles.Keys, actualFiles.Keys);
            foreach (var path in expectedFiles.Keys)
            {
                Assert.True(expectedFiles[path] == actualFiles[path],
                    $"{path} differs from the golden file (run with UPDATE_GOLDEN=1 and review the diff if the change is intended)\n" +
                    File.ReadAllText(Path.Combine(output, path)));
            }
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
