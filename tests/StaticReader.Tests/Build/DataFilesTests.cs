using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary><c>input/data/*.yml|yaml|json</c> (CSV: <see cref="CsvDataFilesTests"/>) reach layouts as <c>site.data.&lt;name&gt;</c>; bad files fail at their line and column.</summary>
public sealed class DataFilesTests
{
    private const string Layout =
        "<p class=\"lab\">{{ site.data.labs.huawei.name }} / {{ site.data.labs.huawei.chips + 1 }}</p>" +
        "<ul>{{ for r in site.data.racks }}<li>{{ r.system }}:{{ r.chips }}</li>{{ end }}</ul>" +
        "<p class=\"meta\">{{ site.data.meta.count * 2 }} {{ site.data.meta.ok }} {{ site.data[\"cn-terms\"][0] }}</p>{{ page.body }}";

    private static TempSite Site()
    {
        var site = new TempSite();
        site.Write("layouts/page.html", Layout);
        site.Write("pages/about.md", "---\ntitle: About\n---\nHello.");
        site.Write("data/labs.yml", "huawei:\n  name: Huawei\n  chips: 384\n");
        site.Write("data/racks.yaml", "- { system: CloudMatrix 384, chips: 384 }\n- { system: GB200 NVL72, chips: \"72\" }\n");
        site.Write("data/meta.json", "{ \"count\": 21, \"ok\": true }");
        site.Write("data/cn-terms.yml", "[算力, 国产]\n");
        return site;
    }

    private static void AssertBuilt(BuildResult result) => Assert.True(result.Published, string.Join("\n", result.Diagnostics));

    [Fact]
    public void Yaml_and_json_files_are_site_data_with_numbers_lists_and_maps()
    {
        using var site = Site();
        AssertBuilt(site.Build());
        var html = site.ReadOutput("about/index.html");
        Assert.Contains("<p class=\"lab\">Huawei / 385</p>", html);
        Assert.Contains("<li>CloudMatrix 384:384</li><li>GB200 NVL72:72</li>", html);
        Assert.Contains("<p class=\"meta\">42 true 算力</p>", html);
    }

    [Fact]
    public void Subfolders_and_other_files_are_left_to_other_readers_without_a_word()
    {
        using var site = Site();
        site.Write("data/nested/deep.yml", "this: [is, not, read\n");
        site.Write("data/nested/deep.csv", "a,b\n1,2,3\n");
        site.Write("data/notes.txt", "a,b\n1,2,3\n");
        var result = site.Build();
        AssertBuilt(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.Contains("data/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("data/bad.yml", "a: 1\nb: [1, 2\nc: 3\n", 2, "invalid YAML")]
    [InlineData("data/bad.yaml", "a: 1\n  b: 2\n", 2, "invalid YAML")]
    [InlineData("data/bad.yml", "a: 1\na: 2\n", 2, "given twice")]
    [InlineData("data/bad.json", "{\n  \"a\": 1,\n  \"b\": \n}\n", 4, "invalid JSON")]
    [InlineData("data/bad.json", "{ \"a\": [1, 2,] }", 1, "invalid JSON")]
    public void A_bad_file_is_an_error_at_its_line_and_column(string path, string content, int line, string message)
    {
        using var site = Site();
        site.Write(path, content);
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Path.EndsWith(path, StringComparison.Ordinal));
        Assert.Equal(line, error.Line);
        Assert.True(error.Column >= 1, error.ToString());
        Assert.Contains(message, error.Message);
        Assert.False(string.IsNullOrEmpty(error.Hint));
    }

    [Fact]
    public void A_json_error_column_counts_characters_not_bytes()
    {
        using var site = Site();
        site.Write("data/bad.json", "{ \"名前\": 算力 }");
        var error = Assert.Single(site.Build().Diagnostics, d => d.Path.EndsWith("bad.json", StringComparison.Ordinal));
        Assert.Equal((1, 9), (error.Line, error.Column)); // the 算 after `{ "名前": `: 9 characters in, 13 bytes
    }

    [Fact]
    public void Two_files_with_one_name_are_an_error_naming_both()
    {
        using var site = Site();
        site.Write("data/meta.yml", "count: 1\n");
        var error = Assert.Single(site.Build().Diagnostics, d => d.Message.Contains("given twice", StringComparison.Ordinal));
        Assert.Contains("meta.json", error.Message + error.Path);
        Assert.Contains("meta.yml", error.Message + error.Path);
    }

    [Fact]
    public void Serve_renders_every_page_again_when_a_data_file_changes_or_goes()
    {
        using var site = Site();
        var session = new SiteSession(new BuildOptions(site.Input, site.Theme, site.Output));
        AssertBuilt(session.BuildAll());

        site.Write("data/labs.yml", "huawei:\n  name: Huawei Ascend\n  chips: 1\n");
        var edited = session.Update([Path.Combine(site.Input, "data", "labs.yml")]);
        AssertBuilt(edited);
        Assert.Contains("<p class=\"lab\">Huawei Ascend / 2</p>", site.ReadOutput("about/index.html"));

        var racks = Path.Combine(site.Input, "data", "racks.yaml");
        File.Delete(racks);
        AssertBuilt(session.Update([racks]));
        Assert.Contains("<ul></ul>", site.ReadOutput("about/index.html"));
    }
}
