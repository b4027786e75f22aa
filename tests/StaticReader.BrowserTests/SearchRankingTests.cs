using System.Text.Json;
using StaticReader.BrowserTests.Support;
using StaticReader.Core.Content;
using StaticReader.Core.Output;
using StaticReader.Core.Rendering;

namespace StaticReader.BrowserTests;

/// <summary>
/// The exact-ranking proof in the browser a reader uses: on the built reader site, Chromium runs the site's own sharded
/// client (<c>window.StaticReaderSearch.search</c>, fetching shards over HTTP) and lunr.js 2.3.9 on the classic
/// <c>index.json</c> of the same pages, and both must return the same references in the same order with the same
/// scores (±0.001), and fail on the same queries. (StaticReader.Tests proves the same in Node on more corpora.)
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchRankingTests(SiteFixture site)
{
    private static readonly string[] Queries =
    [
        "cloudmatrix", "reactors", "export controls", "scale up", "Huang", "huawei nvidia chips",
        "+export +controls", "+huawei -nvidia", "-huawei", "title:huawei", "aliases:reactor", "body:power summary:chip",
        "nvidia^10 huawei", "chip^0.5 reactor^3", "scale*", "expo*", "clo*", "*ing", "*atrix", "c*x", "reactr~1",
        "cloudmatrx~1", "huawai~2", "+scal* -chip*", "title:clo*", "数字人", "东数西算", "算力 HBM", "+数字人 -huawei",
        "digital~1 human*", "", "the", "!!!", "title:", "nothingmatchesthis", new string('x', 2000),
    ];

    private sealed record Outcome(string Query, string[] WantRefs, double[] WantScores, string? WantError, string[] GotRefs, double[] GotScores, string? GotError);

    [Fact]
    public async Task The_sharded_client_in_chromium_ranks_as_lunr_on_the_classic_index()
    {
        var model = site.Model ?? throw new InvalidOperationException("the fixture kept no model");
        var dir = Path.Combine(Path.GetTempPath(), "sr-classic-" + Guid.NewGuid().ToString("N")[..12]);
        SearchData.Write(model.Pages, new InPlaceSink(dir), SearchFormat.Lunr);
        var classic = await File.ReadAllTextAsync(Path.Combine(dir, "search", "index.json"));
        Directory.Delete(dir, recursive: true);

        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Search);
        var json = await page.EvaluateAsync<JsonElement>("""
            async ([classic, queries]) => {
              await window.StaticReaderSearch.search('warm');  // loads lunr, the engine and meta.json
              const index = lunr.Index.load(JSON.parse(classic));
              const out = [];
              for (const q of queries) {
                const row = { query: q, wantRefs: [], wantScores: [], wantError: null, gotRefs: [], gotScores: [], gotError: null };
                try {
                  index.query(query => { new lunr.QueryParser(q, query).parse(); window.StaticReaderSearchEngine.expandCjkClauses(query); })
                    .forEach(r => { row.wantRefs.push(r.ref); row.wantScores.push(r.score); });
                } catch (e) { row.wantError = String(e.message || e); }
                try {
                  (await window.StaticReaderSearch.search(q)).forEach(r => { row.gotRefs.push(r.ref); row.gotScores.push(r.score); });
                } catch (e) { row.gotError = String(e.message || e); }
                out.push(row);
              }
              return out;
            }
            """, new object[] { classic, Queries });
        var outcomes = json.Deserialize<List<Outcome>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal(Queries.Length, outcomes.Count);
        foreach (var o in outcomes)
        {
            var label = o.Query.Length > 40 ? o.Query[..40] + "…" : o.Query;
            Assert.True(o.WantError is null == o.GotError is null, $"'{label}': lunr error '{o.WantError}', sharded error '{o.GotError}'");
            Assert.True(o.WantRefs.SequenceEqual(o.GotRefs),
                $"'{label}': lunr [{string.Join(", ", o.WantRefs.Take(10))}] ({o.WantRefs.Length}), sharded [{string.Join(", ", o.GotRefs.Take(10))}] ({o.GotRefs.Length})");
            for (var i = 0; i < o.WantScores.Length; i++)
            {
                Assert.True(Math.Abs(o.WantScores[i] - o.GotScores[i]) <= 0.001, $"'{label}' #{i} {o.WantRefs[i]}: lunr {o.WantScores[i]}, sharded {o.GotScores[i]}");
            }
        }

        // A proof over queries that find nothing proves nothing: most of these must find pages.
        Assert.True(outcomes.Count(o => o.WantRefs.Length > 0) >= Queries.Length / 2, "too few queries found anything");
    }
}
