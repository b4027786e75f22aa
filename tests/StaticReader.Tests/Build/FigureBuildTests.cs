using System.Globalization;
using StaticReader.Core.Diagnostics;
using StaticReader.Tests.Support;

namespace StaticReader.Tests.Build;

/// <summary>
/// Charts and figures in a whole build: CSV data from input/data/, "Figure N" across pages, image sizes from assets,
/// nothing of a chart in the search index, byte-identical output in another culture, located errors.
/// </summary>
public sealed class FigureBuildTests
{
    private const string Chart = "```chart\ntype: column\ntitle: Zorbulon counts\nsource: Quux survey\ndata: data/zorbulon.csv\nx: place\ny: [zorbulons, quarks]\n```\n";

    private static TempSite Site(string chart = Chart)
    {
        var site = new TempSite();
        site.Write("site.yml", "title: Test site\nbaseUrl: https://test.example/\nsearch: lunr\n");
        site.Write("data/zorbulon.csv", "place,zorbulons,quarks\nNorthfield,1.5,3\nSouthwick,12.25,4\n");
        site.WriteBytes("assets/one.png", Png(64, 48));
        site.Write("explainers/alpha.md", "---\ntitle: Alpha\n---\nThe first passage.\n\n" + chart
            + "\n![A photo](/assets/one.png \"A photo of the rack\")\n\n![Again](/assets/one.png)\n\nSee [[#fig-zorbulon-counts]].\n");
        site.Write("explainers/beta.md", "---\ntitle: Beta\n---\nAs [[alpha#fig-a-photo-of-the-rack]] and [[alpha#fig-zorbulon-counts|the chart]] show.\n");
        return site;
    }

    [Fact]
    public void A_chart_from_a_csv_file_is_drawn_and_linked_as_a_numbered_figure_from_its_page_and_another()
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));

        var alpha = site.ReadOutput("explainers/alpha/index.html");
        Assert.Contains("<figure class=\"figure chart chart-column\" id=\"fig-zorbulon-counts\">", alpha, StringComparison.Ordinal);
        Assert.Contains("<text class=\"chart-value\"", alpha, StringComparison.Ordinal);
        Assert.Contains("<td>12.25</td>", alpha, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"figure\" id=\"fig-a-photo-of-the-rack\">", alpha, StringComparison.Ordinal);
        Assert.Contains("Figure 2.", alpha, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/assets/one.png\" width=\"64\" height=\"48\" alt=\"A photo\" />", alpha, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/assets/one.png\" width=\"64\" height=\"48\" loading=\"lazy\" alt=\"Again\" />", alpha, StringComparison.Ordinal);
        Assert.Contains(">Figure 1</a>", alpha, StringComparison.Ordinal);

        var beta = site.ReadOutput("explainers/beta/index.html");
        Assert.Contains("href=\"/explainers/alpha/#fig-a-photo-of-the-rack\" data-preview=\"alpha\">Figure 2</a>", beta, StringComparison.Ordinal);
        Assert.Contains(">the chart</a>", beta, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_leaves_nothing_in_the_search_index()
    {
        using var site = Site();
        Assert.True(site.Build().Published);
        var search = string.Concat(Directory.GetFiles(Path.Combine(site.Output, "search"), "*.json").Select(File.ReadAllText));
        Assert.Contains("first", search, StringComparison.Ordinal); // the prose is indexed…
        foreach (var word in new[] { "zorbulon", "northfield", "quark", "quux" })
        {
            Assert.DoesNotContain(word, search, StringComparison.OrdinalIgnoreCase); // …the chart's data and YAML are not
        }
    }

    [Fact]
    public void Charts_are_byte_identical_when_built_again_in_a_culture_with_a_decimal_comma()
    {
        using var site = Site();
        Assert.True(site.Build().Published);
        var first = TreeSnapshot.Of(site.Output);
        var (culture, threads) = (CultureInfo.CurrentCulture, CultureInfo.DefaultThreadCurrentCulture);
        try
        {
            // The tests run in globalization-invariant mode, where only the invariant culture exists: a clone of it with a
            // German decimal comma and group dot is what a culture-sensitive ToString() would trip on.
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = comma;
            Assert.True(site.Build().Published);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.DefaultThreadCurrentCulture) = (culture, threads);
        }

        Assert.Equal(first, TreeSnapshot.Of(site.Output));
        Assert.Contains("x=\"", site.ReadOutput("explainers/alpha/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(",5\"", site.ReadOutput("explainers/alpha/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_in_the_csv_file_fails_the_build_at_its_line_and_column_and_a_missing_one_at_the_block()
    {
        using var site = Site(Chart + "\n```chart\ntitle: Gone\ndata: data/gone.csv\n```\n");
        site.Write("data/zorbulon.csv", "place,zorbulons,quarks\nNorthfield,1.5,3\nSouthwick,lots,4\n");
        var result = site.Build();
        Assert.False(result.Published);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Path}:{d.Line}:{d.Column}: {d.Message}").ToList();
        Assert.Contains(errors, e => e.EndsWith("data/zorbulon.csv:3:11: 'lots' in the column 'zorbulons' is not a number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("explainers/alpha.md:17:7: the CSV file 'data/gone.csv' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void A_csv_file_that_is_not_utf8_fails_the_build_at_the_bad_byte_and_crlf_lines_read_like_lf()
    {
        using var site = Site(Chart);
        site.WriteBytes("data/zorbulon.csv", [.. "place,zorbulons,quarks\nNorthfield,1.5,3\nSou"u8, 0xFF, .. "thwick,12.25,4\n"u8]);
        var result = site.Build();
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error && d.Path.EndsWith("data/zorbulon.csv", StringComparison.Ordinal));
        Assert.Equal((3, 4, "the file is not valid UTF-8"), (error.Line, error.Column, error.Message));

        site.Write("data/zorbulon.csv", "place,zorbulons,quarks\r\nNorthfield,1.5,3\r\nSouthwick,12.25,4\r\n");
        result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Contains("Southwick", site.ReadOutput("explainers/alpha/index.html"));
    }

    [Fact]
    public void A_source_that_looks_like_a_mistyped_key_is_a_warning_at_the_field_and_the_chart_still_builds()
    {
        using var site = Site(Chart.Replace("source: Quux survey", "source: quux-survy", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("no source key", StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, 9, 9), (warning.Severity, warning.Line, warning.Column));
        Assert.EndsWith("explainers/alpha.md", warning.Path, StringComparison.Ordinal);
        Assert.Contains("Source: quux-survy", site.ReadOutput("explainers/alpha/index.html"), StringComparison.Ordinal);
    }

    /// <summary>A valid PNG of the given size (one grey row per line, zlib-stored).</summary>
    private static byte[] Png(int width, int height)
    {
        var raw = new byte[(width + 1) * height];
        using var compressed = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey)
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }
}
