namespace StaticReader.Tests.Specs;

/// <summary>
/// Reads a spec file: prose, then examples. An example starts with a heading
/// <c>### Example: title</c> (optionally <c>[explainer]</c>, <c>[term]</c> to convert it as that kind of page on
/// the page with slug of that kind), then a fenced block <c>```` example</c> holding the markdown, a line with a
/// single '.', and the expected body HTML (or lines starting with <c>error:</c> for expected diagnostics).
/// </summary>
public static class SpecFile
{
    /// <summary>Every example of the spec file <paramref name="name"/> in tests/StaticReader.Tests/Specs.</summary>
    public static IEnumerable<object[]> Examples(string name)
    {
        var path = Path.Combine(Support.RepoPaths.Root, "tests", "StaticReader.Tests", "Specs", name);
        var lines = File.ReadAllLines(path);
        string? title = null;
        var kind = "text";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("### Example: ", StringComparison.Ordinal))
            {
                title = line["### Example: ".Length..].Trim();
                kind = "text";
                var bracket = title.LastIndexOf('[');
                if (bracket > 0 && title.EndsWith(']'))
                {
                    kind = title[(bracket + 1)..^1];
                    title = title[..bracket].Trim();
                }
            }
            else if (line.StartsWith("```` example", StringComparison.Ordinal) && title is not null)
            {
                var start = i + 1;
                var markdown = new List<string>();
                var expected = new List<string>();
                var target = markdown;
                for (i++; i < lines.Length && lines[i] != "````"; i++)
                {
                    if (lines[i] == "." && target == markdown)
                    {
                        target = expected;
                        continue;
                    }

                    target.Add(lines[i]);
                }

                yield return [new SpecExample(name, title, start, kind, string.Join('\n', markdown).Replace('→', '\t'), string.Join('\n', expected))];
                title = null;
            }
        }
    }
}
