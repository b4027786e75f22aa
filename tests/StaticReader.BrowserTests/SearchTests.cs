using Microsoft.Playwright;
using StaticReader.BrowserTests.Support;

namespace StaticReader.BrowserTests;

/// <summary>The search flow end to end: lazy loading, ranking, highlighting, keyboard, ?q=, fuzzy retry, no injection.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    private static async Task<IReadOnlyList<string>> TypeAndReadTitlesAsync(IPage page, string query)
    {
        await page.FocusAsync("#search-input");
        await page.FillAsync("#search-input", "");
        await page.Keyboard.TypeAsync(query);
        await page.WaitForFunctionAsync("q => document.querySelector('.sr-popup')?.getAttribute('data-query') === q.trim()", query,
            new PageWaitForFunctionOptions { Timeout = 10000 });
        return await page.Locator("#sr-listbox .sr-option:not(.sr-all) .sr-title").AllTextContentsAsync();
    }

    [Fact]
    public async Task Search_data_loads_only_when_the_box_is_first_used()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.OpenAsync(site, SitePages.Home);
        Assert.DoesNotContain(requested, u => u.Contains("/search/") || u.Contains("lunr"));
        await page.FocusAsync("#search-input");
        await page.WaitForFunctionAsync("() => typeof window.lunr !== 'undefined'");
        await page.WaitForTimeoutAsync(300);
        // Focus prefetches only the engine and the small meta file; shards and fragments wait for a query.
        Assert.Contains(requested, u => u.EndsWith("/search/meta.json"));
        Assert.DoesNotContain(requested, u => u.Contains("/search/p/") || u.Contains("/search/f/"));
        Assert.DoesNotContain(requested, u => u.EndsWith("/search/index.json") || u.EndsWith("/search/docs.json"));
    }

    [Fact]
    public async Task Cloudmatrix_puts_the_term_first_and_enter_opens_it()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Home);
        var titles = await TypeAndReadTitlesAsync(page, "cloudmatrix");
        Assert.Equal("CloudMatrix 384", titles[0]);
        Assert.Equal("Glossary term", await page.Locator("#sr-option-0 .sr-kind").TextContentAsync());
        Assert.Equal("true", await page.GetAttributeAsync("#search-input", "aria-expanded"));

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("sr-option-0", await page.GetAttributeAsync("#search-input", "aria-activedescendant"));
        Assert.Equal("true", await page.GetAttributeAsync("#sr-option-0", "aria-selected"));
        await Task.WhenAll(page.WaitForURLAsync("**" + SitePages.CloudMatrix), page.Keyboard.PressAsync("Enter"));
    }

    [Fact]
    public async Task Ranking_and_highlighting_match_what_readers_expect()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Home);

        var reactors = await TypeAndReadTitlesAsync(page, "reactors");
        Assert.Contains("SMR", reactors.Take(3));

        var export = await TypeAndReadTitlesAsync(page, "export controls");
        Assert.Equal("Export controls", export[0]);
        var kinds = await page.Locator("#sr-listbox .sr-option:not(.sr-all) .sr-kind").AllTextContentsAsync();
        Assert.Contains("Passage", kinds.Skip(1));

        var scale = await TypeAndReadTitlesAsync(page, "scale up");
        Assert.Equal("Scale-up", scale[0]);

        await TypeAndReadTitlesAsync(page, "Huang");
        var marks = await page.Locator("#sr-listbox .sr-kind-passage mark").AllInnerTextsAsync();
        Assert.Contains(marks, m => m.Equals("Huang", StringComparison.OrdinalIgnoreCase) || m.StartsWith("Huang", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_chinese_query_finds_the_term_and_highlights_the_chinese()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Home);

        var human = await TypeAndReadTitlesAsync(page, "数字人");
        Assert.Equal("Digital human", human[0]);
        var marks = await page.Locator("#sr-option-0 mark").AllInnerTextsAsync();
        Assert.Contains("数字人", marks);

        var plan = await TypeAndReadTitlesAsync(page, "东数西算");
        Assert.Equal("East Data, West Computing", plan[0]);
    }

    [Fact]
    public async Task The_public_api_returns_lunrs_results_in_order()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Home);
        var results = await page.EvaluateAsync<System.Text.Json.JsonElement>(
            "async () => ({ plain: await window.StaticReaderSearch.search('cloudmatrix'), field: await window.StaticReaderSearch.search('title:huawei -nvidia'), none: await window.StaticReaderSearch.search('the') })");
        var plain = results.GetProperty("plain");
        Assert.Equal("/glossary/cloudmatrix/", plain[0].GetProperty("ref").GetString());
        Assert.Equal("/glossary/cloudmatrix/", plain[0].GetProperty("url").GetString());
        Assert.Equal("CloudMatrix 384", plain[0].GetProperty("title").GetString());
        var scores = plain.EnumerateArray().Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(x => x), scores);
        Assert.Contains(results.GetProperty("field").EnumerateArray(), r => r.GetProperty("ref").GetString() == "/glossary/huawei/");
        Assert.Equal(0, results.GetProperty("none").GetArrayLength());
    }

    [Fact]
    public async Task Keyboard_slash_focuses_arrows_move_and_escape_closes()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Text(site));
        await page.Keyboard.PressAsync("/");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.id === 'search-input'"));
        await page.Keyboard.TypeAsync("huawei");
        await page.Locator("#sr-listbox [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("sr-option-1", await page.GetAttributeAsync("#search-input", "aria-activedescendant"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("sr-option-0", await page.GetAttributeAsync("#search-input", "aria-activedescendant"));
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await page.GetAttributeAsync("#search-input", "aria-expanded"));
        Assert.True(await page.Locator(".sr-popup").IsHiddenAsync());
        Assert.Null(await page.GetAttributeAsync("#search-input", "aria-activedescendant"));
    }

    [Fact]
    public async Task Search_answers_quickly()
    {
        // Each try has a browser context of its own, warmed by one other query: a retry in the same page would find
        // the shards of its query already fetched, and pass where a first search is slow.
        async Task<(IBrowserContext Context, IPage Page, double LoadMs)> OpenWarmAsync()
        {
            var context = await site.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.OpenAsync(site, SitePages.Home);
            var loadMs = await page.EvaluateAsync<double>("""
                () => new Promise(resolve => {
                  const start = performance.now();
                  document.getElementById('search-input').focus();
                  const wait = () => typeof window.lunr !== 'undefined' ? resolve(performance.now() - start) : setTimeout(wait, 5);
                  wait();
                })
                """);
            await TypeAndReadTitlesAsync(page, "warmup");
            return (context, page, loadMs);
        }

        var (firstContext, firstPage, loadMs) = await OpenWarmAsync();
        await using var context = firstContext;
        var timings = new List<string> { $"first use: lunr.js loaded {loadMs:F0} ms after the search box got focus" };
        foreach (var query in new[] { "cloudmatrix", "export controls", "reactors", "Huang", "scale up" })
        {
            // Up to three tries, the next only when one is too slow: a shared CI machine can stall the browser for a
            // second now and then (1.6 s once, for one query of five), and one stall says nothing about the search.
            // A slow search is slow every time. The file below lists every try.
            var tries = new List<double>();
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var (retryContext, page, _) = attempt == 0 ? (null, firstPage, 0) : await OpenWarmAsync();
                await using var owned = retryContext;
                tries.Add(await page.EvaluateAsync<double>("""
                    q => new Promise(resolve => {
                      const input = document.getElementById('search-input');
                      const popup = document.querySelector('.sr-popup');
                      popup.removeAttribute('data-query');
                      input.value = q;
                      const start = performance.now();
                      input.dispatchEvent(new Event('input'));
                      const wait = () => popup.getAttribute('data-query') === q ? resolve(performance.now() - start - 60) : setTimeout(wait, 1);
                      wait();
                    })
                    """, query));
                if (tries[^1] < 500)
                {
                    break;
                }
            }

            var ms = tries.Min();
            timings.Add($"\"{query}\": results shown {ms:F0} ms after the 60 ms typing pause (tries: {string.Join(", ", tries.Select(t => t.ToString("F0")))})");
            Assert.True(ms < 500, $"\"{query}\" took {string.Join(", ", tries.Select(t => $"{t:F0}"))} ms in three tries");
        }

        Directory.CreateDirectory(RepoPaths.Screenshots);
        await File.WriteAllTextAsync(Path.Combine(RepoPaths.Screenshots, "search-latency.txt"), string.Join("\n", timings) + "\n");
    }

    [Fact]
    public async Task Search_page_reads_the_query_from_the_url()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Search + "?q=scale-up");
        await page.Locator("#search-results li").First.WaitForAsync();
        Assert.Equal("scale-up", await page.InputValueAsync("#search-page-input"));
        Assert.Equal("Scale-up", await page.Locator("#search-results li .sr-title").First.InnerTextAsync());
        Assert.Contains("results for", await page.InnerTextAsync("#search-page-status"));
    }

    /// <summary>
    /// The search page draws its first six results, then fetches and draws the rest in batches. Every ranked page must
    /// end up in the list exactly once, its passages side by side, as many pages as the status says (all of them, for
    /// a query matching fewer than fifty).
    /// </summary>
    [Fact]
    public async Task Search_page_draws_every_result_once_after_the_first_batch()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Search + "?q=china");
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('data-query') === 'china'");
        var status = await page.InnerTextAsync("#search-page-status");
        var match = System.Text.RegularExpressions.Regex.Match(status, @"^(\d+) results for");
        Assert.True(match.Success, $"status: {status}");
        int ranked = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(ranked, 13, 50);

        var urls = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#search-results li > a')].map(a => a.getAttribute('href').split('#')[0])");
        Assert.InRange(urls.Length, ranked, 2 * ranked); // a text or explainer shows up to two passages
        var groups = urls.Where((url, i) => i == 0 || urls[i - 1] != url).ToList();
        Assert.Equal(groups.Count, groups.Distinct().Count());
        Assert.Equal(ranked, groups.Count);
    }

    [Fact]
    public async Task Enter_without_a_chosen_result_opens_the_search_page()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Home);
        await TypeAndReadTitlesAsync(page, "nuclear");
        await Task.WhenAll(page.WaitForURLAsync("**/search/?q=nuclear"), page.Keyboard.PressAsync("Enter"));
        await page.Locator("#search-results li").First.WaitForAsync();
    }

    [Fact]
    public async Task A_misspelling_is_retried_fuzzily_and_says_so()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SitePages.Home);
        var titles = await TypeAndReadTitlesAsync(page, "cloudmatrx ");
        Assert.Contains("CloudMatrix 384", titles);
        Assert.Contains("close spellings", await page.InnerTextAsync(".sr-note"));
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<img src=x onerror=\"window.__pwned=1\">")]
    [InlineData("\"><svg onload=alert(1)>")]
    public async Task Markup_typed_as_a_query_executes_nothing(string query)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        await page.OpenAsync(site, SitePages.Home);
        await TypeAndReadTitlesAsync(page, query);
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, await page.Locator(".sr-popup img, .sr-popup svg, #search-results img").CountAsync());

        await page.OpenAsync(site, SitePages.Search + "?q=" + Uri.EscapeDataString(query));
        await page.WaitForFunctionAsync("q => document.getElementById('search-results').getAttribute('data-query') === q", query);
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, await page.Locator("main img, main svg").CountAsync());
        Assert.Equal(0, dialogs);
        Assert.False(await page.EvaluateAsync<bool>("() => window.__pwned === 1"));
        Assert.Equal(query, await page.InputValueAsync("#search-page-input"));
    }
}
