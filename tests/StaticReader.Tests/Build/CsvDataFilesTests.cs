using StaticReader.Core.Diagnostics;
using StaticReader.Core.Loading;
using StaticReader.Core.Pipeline;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// <c>input/data/*.csv</c> reach layouts as <c>site.data.&lt;name&gt;</c>: a list of rows keyed by the header's names,
/// unquoted plain numbers as numbers; a bad file fails the build at its line and column.
/// </summary>
public sealed class CsvDataFilesTests
{
    // Written as README writes it. array.sort on "chips" orders 72 before 384 only when the cells are numbers ("384" sorts before "72" as text).
    private const string Layout =
        "<ol class=\"chips\">{{ for c in site.data.chips | array.sort \"chips\" }}" +
        "<li>{{ c.system | html.escape }}|{{ c.chips + 1 }}|{{ c.code }}|{{ c.note | html.escape }}</li>{{ end }}</ol>{{ page.body }}";

    // A BOM, CRLF line ends, a quoted comma, an escaped quote, a quoted number and a final empty line, as spreadsheets write.
    private static readonly byte[] Chips =
        [.. "\uFEFF"u8, .. "system,chips,code,note\r\n\"Huawei CloudMatrix 384\",384,007,\"a rack, of racks\"\r\nNvidia GB200 NVL72 , 72 ,\"72\",\"says \"\"72\"\"\"\r\n\r\n"u8];

    private static TempSite Site()
    {
        var site = new TempSite();
        site.Write("layouts/page.html", Layout);
        site.Write("pages/about.md", "---\ntitle: About\n---\nHello.");
        site.WriteBytes("data/chips.csv", Chips);
        return site;
    }

    private static void AssertBuilt(BuildResult result) => Assert.True(result.Published, string.Join("\n", result.Diagnostics));

    [Fact]
    public void A_csv_file_is_a_list_of_rows_keyed_by_the_header_with_plain_unquoted_numbers_as_numbers()
    {
        using var site = Site();
        site.Write("data/mixed.csv", "a,b,c,d,e,f,g\n-2.5,+3,1e3,\"1,500\",0.5,,true\n");
        var diagnostics = new DiagnosticBag();
        var data = DataFiles.Read(site.Input, "input", diagnostics);
        Assert.Empty(diagnostics.ToSortedList());

        var rows = Assert.IsType<List<object?>>(data["chips"]);
        Assert.Equal(2, rows.Count);
        var first = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(rows[0]);
        Assert.Equal(["system", "chips", "code", "note"], first.Keys); // the BOM is not part of the first name
        Assert.Equal("Huawei CloudMatrix 384", first["system"]);
        Assert.Equal(typeof(long), first["chips"]?.GetType());
        Assert.Equal(384L, first["chips"]);
        Assert.Equal("007", first["code"]); // a leading zero makes a code, not a number
        Assert.Equal("a rack, of racks", first["note"]);
        var second = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(rows[1]);
        Assert.Equal("Nvidia GB200 NVL72", second["system"]); // unquoted cells are trimmed
        Assert.Equal(72L, second["chips"]);
        Assert.Equal("72", second["code"]); // quoted: text, as "72" is in YAML
        Assert.Equal("says \"72\"", second["note"]);

        var mixed = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(data["mixed"])));
        Assert.Equal(-2.5, mixed["a"]);
        Assert.Equal(3L, mixed["b"]);
        Assert.Equal("1e3", mixed["c"]); // charts do not read exponents either
        Assert.Equal("1,500", mixed["d"]);
        Assert.Equal(0.5, mixed["e"]);
        Assert.Equal("", mixed["f"]);
        Assert.Equal("true", mixed["g"]); // only numbers are typed
    }

    [Fact]
    public void A_layout_reads_the_rows_and_sorts_them_by_number()
    {
        using var site = Site();
        AssertBuilt(site.Build());
        Assert.Contains(
            "<ol class=\"chips\"><li>Nvidia GB200 NVL72|73|72|says &quot;72&quot;</li><li>Huawei CloudMatrix 384|385|007|a rack, of racks</li></ol>",
            site.ReadOutput("about/index.html"));
    }

    [Fact]
    public void A_header_only_file_is_an_empty_list()
    {
        using var site = Site();
        site.Write("data/chips.csv", "system,chips,code,note\n");
        AssertBuilt(site.Build());
        Assert.Contains("<ol class=\"chips\"></ol>", site.ReadOutput("about/index.html"));
    }

    [Theory]
    [InlineData("system,chips\nRack,72,9\n", 2, 9, "this row has 3 cells, but the header has 2 columns")]
    [InlineData("system,chips\nRack\n", 2, 1, "this row has 1 cells, but the header has 2 columns")]
    [InlineData("system,chips,system\nRack,72,x\n", 1, 14, "the column name 'system' is given twice")]
    [InlineData("system,,chips\nRack,x,72\n", 1, 8, "column 2 of the header row has no name")]
    [InlineData("system,chips\nRack,72\n\"Open,1\n", 3, 1, "never closed")]
    public void A_bad_file_fails_the_build_at_its_line_and_column_and_writes_nothing(string content, int line, int column, string message)
    {
        using var site = Site();
        site.Write("data/chips.csv", content);
        var result = site.Build();
        Assert.False(result.Published);
        Assert.False(Directory.Exists(site.Output));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("input/data/chips.csv", error.Path);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.False(string.IsNullOrEmpty(error.Hint));
    }

    [Fact]
    public void A_csv_and_a_yaml_file_of_one_name_are_an_error_naming_both()
    {
        using var site = Site();
        site.Write("data/chips.yml", "- { system: Rack, chips: 72 }\n");
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("given twice", error.Message);
        Assert.Contains("chips.csv", error.Message + error.Path);
        Assert.Contains("chips.yml", error.Message + error.Path);
    }

    [Fact]
    public void A_bad_csv_file_that_a_chart_also_reads_is_reported_once()
    {
        using var site = Site();
        site.Write("explainers/alpha.md", "---\ntitle: Alpha\n---\nText.\n\n```chart\ntitle: Chips\ndata: data/chips.csv\n```\n");
        site.Write("data/chips.csv", "system,chips\nRack,72,9\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("input/data/chips.csv", error.Path);
        Assert.Equal((2, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Serve_renders_every_page_again_when_a_csv_data_file_changes_or_goes()
    {
        using var site = Site();
        var session = new SiteSession(new BuildOptions(site.Input, site.Theme, site.Output));
        AssertBuilt(session.BuildAll());

        var chips = Path.Combine(site.Input, "data", "chips.csv");
        site.Write("data/chips.csv", "system,chips,code,note\nAscend,1,x,y\n");
        AssertBuilt(session.Update([chips]));
        Assert.Contains("<ol class=\"chips\"><li>Ascend|2|x|y</li></ol>", site.ReadOutput("about/index.html"));

        File.Delete(chips);
        AssertBuilt(session.Update([chips]));
        Assert.Contains("<ol class=\"chips\"></ol>", site.ReadOutput("about/index.html"));
    }
}
