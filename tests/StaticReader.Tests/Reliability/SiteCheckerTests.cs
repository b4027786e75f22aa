namespace StaticReader.Tests.Reliability;

/// <summary>The checkers used by the fuzzer must themselves catch what they look for.</summary>
public sealed class SiteCheckerTests
{
    [Fact]
    public void The_site_checker_flags_parse_errors_duplicate_ids_and_dead_links()
    {
        var root = Path.Combine(Path.GetTempPath(), "sr-checker-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "a"));
            File.WriteAllText(Path.Combine(root, "index.html"),
                "<!doctype html><html lang=en><head><title>t</title></head><body><main><p id=x>one<p id=x>two</main>" +
                "<a href=\"/a/#there\">ok</a><a href=\"/a/#nowhere\">bad anchor</a><a href=\"/missing/\">bad page</a>" +
                "<a href=\"#x\">ok</a><a href=\"#y\">bad fragment</a><a href=\"/a\">no slash</a><div><span></div></body></html>");
            File.WriteAllText(Path.Combine(root, "a", "index.html"),
                "<!doctype html><html lang=en><head><title>a</title></head><body><main id=there></main><main></main></body></html>");

            var problems = new SiteChecker(root).Check();

            Assert.Contains(problems, p => p.Contains("HTML parse error", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("\"x\" is used twice", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("\"/a/#nowhere\"", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("\"/missing/\"", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("\"#y\"", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("\"/a\"", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("2 <main> elements", StringComparison.Ordinal));
            Assert.DoesNotContain(problems, p => p.Contains("\"/a/#there\"", StringComparison.Ordinal) || p.Contains("\"#x\">", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
