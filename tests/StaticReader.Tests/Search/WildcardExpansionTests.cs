using System.Text;
using System.Text.Json;
using StaticReader.Core.Search;

namespace StaticReader.Tests.Search;

/// <summary>
/// Proof that the sharded client expands a term exactly as lunr does: for trailing wildcards (answered from the sorted
/// terms of the prefix's range of postings shards, without lunr's TokenSet), fuzzy terms (a TokenSet over only the
/// dictionary terms that can be within the edit distance) and other wildcards, <c>ShardedIndex.prototype.expand</c>
/// returns the terms, in the order, that lunr.js 2.3.9's <c>tokenSet.intersect(TokenSet.fromClause(clause)).toArray()</c>
/// gives on the classic index of the same documents (<c>tests/lunr/expand.js</c>). The shards are cut small, so that
/// prefixes fall on shard boundaries and many terms sit alone in their shard.
/// </summary>
public sealed class WildcardExpansionTests
{
    private static readonly Lazy<Corpus> Shared = new(() => new Corpus());

    [Fact]
    public void Trailing_wildcards_expand_as_lunr_at_and_around_every_shard_boundary()
    {
        var corpus = Shared.Value;
        var clauses = new List<Clause> { new("*"), new("zzzzzz*"), new("\u0001*"), new("\uFFFF*") };
        foreach (var first in corpus.Sample(corpus.ShardFirsts.Where(f => f.Length > 0), 300))
        {
            clauses.Add(new(first + "*"));
            clauses.Add(new(first[..^1] + "*"));
            clauses.Add(new(first[..1] + "*"));
            clauses.Add(new(first + "a*"));
            clauses.Add(new(first[..^1] + "\uFFFF*"));
        }

        var outcomes = corpus.Expand(clauses);
        AssertSame(outcomes);
        // A proof needs ranges that hold several shards, and ones that match nothing.
        Assert.Contains(outcomes, o => o.Lunr.Length > 0 && o.Files >= 2);
        Assert.Contains(outcomes, o => o.Lunr.Length == 0);
    }

    [Fact]
    public void Trailing_wildcards_expand_as_lunr_on_digits_punctuation_cjk_and_surrogates()
    {
        // lunr's TokenSet lists the edges "0" to "9" before the others (JavaScript lists array-index keys first), and
        // its edges are UTF-16 code units, so a prefix can end inside a surrogate pair.
        var corpus = Shared.Value;
        string[] prefixes =
        [
            "x", "x1", "x#", "7", "7.", "1", "a1", "中", "中国", "日", "芯", "ひ", "한", "\uD83D", "and\uD83C", "u.",
            "caf", "ελ", "стр", "москв", "ü", "_", "#", "2025",
        ];
        var outcomes = corpus.Expand([.. prefixes.Select(p => new Clause(p + "*"))]);
        AssertSame(outcomes);
        Assert.True(outcomes.Count(o => o.Lunr.Length > 1) >= prefixes.Length / 3, "too few prefixes match several terms");
        Assert.Contains(outcomes, o => o.Lunr.Any(t => t.Length > 1 && char.IsAsciiDigit(t[1])) && o.Lunr.Any(t => t.Length > 1 && !char.IsAsciiDigit(t[1])));
    }

    [Fact]
    public void A_word_or_prefix_that_a_one_term_shard_rules_out_costs_no_download()
    {
        var corpus = Shared.Value;
        var lonely = corpus.OneTermShards.Where(i => i + 1 < corpus.ShardFirsts.Length && corpus.ShardFirsts[i].Length > 0).ToList();
        Assert.True(lonely.Count >= 5, $"expected terms alone in their shards, found {lonely.Count}");

        var clauses = new List<Clause>();
        foreach (int i in corpus.Sample(lonely, 200))
        {
            // Just after the shard's one term and before the next shard's first: located in this shard, not in it.
            string absent = corpus.ShardFirsts[i] + "q";
            string next = corpus.ShardFirsts[i + 1];
            if (string.CompareOrdinal(next, absent) > 0 && !next.StartsWith(absent, StringComparison.Ordinal))
            {
                clauses.Add(new(absent));
                clauses.Add(new(absent + "*"));
            }
        }

        Assert.NotEmpty(clauses);
        var outcomes = corpus.Expand(clauses);
        AssertSame(outcomes);
        Assert.All(outcomes, o => Assert.True(o.Lunr.Length == 0 && o.Files == 0, $"'{o.Term}': {o.Lunr.Length} terms, {o.Files} files"));

        // The term itself is fetched: its postings are needed.
        var present = corpus.Expand([.. lonely.Take(5).Select(i => new Clause(corpus.ShardFirsts[i]))]);
        AssertSame(present);
        Assert.All(present, o => Assert.True(o.Sharded.Length == 1 && o.Files == 1, $"'{o.Term}': {o.Files} files"));
    }

    [Fact]
    public void Fuzzy_terms_and_other_wildcards_expand_as_lunr()
    {
        var corpus = Shared.Value;
        var terms = corpus.Sample(corpus.ShardFirsts.Where(f => f.Length > 0), 40).ToList();
        var clauses = new List<Clause>();
        foreach (var t in terms)
        {
            clauses.Add(new(t, 1));
            clauses.Add(new(t, 2));
            clauses.Add(new(t.Length > 2 ? t[..1] + t[2..] : t + "e", 1)); // a deletion away
            clauses.Add(new(t.Length > 2 ? t[1] + t[..1] + t[2..] : "e" + t, 1)); // a swap or an insertion away
            clauses.Add(new(t + "zz", 2));
            clauses.Add(new("*" + t[^1..]));
            clauses.Add(new(t[..1] + "*" + t[^1..]));
        }

        clauses.AddRange([new("a", 1), new("中国", 1), new("x1", 1), new("7.65", 2), new("", 1), new("reactr", 0), new("con*", 1), new("*a*")]);
        var outcomes = corpus.Expand(clauses);
        AssertSame(outcomes);
        Assert.True(outcomes.Count(o => o.Lunr.Length > 1) >= clauses.Count / 3, "too few clauses match several terms");
    }

    private static void AssertSame(IReadOnlyList<Outcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            Assert.True(o.Lunr.SequenceEqual(o.Sharded, StringComparer.Ordinal),
                $"'{o.Term}': lunr [{string.Join(", ", o.Lunr.Take(15))}] ({o.Lunr.Length}), sharded [{string.Join(", ", o.Sharded.Take(15))}] ({o.Sharded.Length})");
        }
    }

    private sealed record Clause(string Term, int? EditDistance = null);

    private sealed record Outcome(string Term, string[] Lunr, string[] Sharded, int Files);

    // English-like prose (shared prefixes), the mixed-script random corpus, and words made for lunr's edge order.
    private sealed class Corpus
    {
        private readonly string classic;
        private readonly string searchDir;

        public Corpus()
        {
            var documents = SyntheticCorpus.Create(150, 700, seed: 11).Concat(TestCorpora.RandomUnicode(5, 120))
                .Append(new SearchDocument("edges", "x x1 x10 x#1 x#b xb x_ 7 7.65 7.5 70 1a 1 a1 ab a#", "", "", "中国芯片 日本 中"))
                .DistinctBy(d => d.Ref)
                .Where(d => !new[] { d.Ref, d.Title, d.Aliases, d.Summary, d.Body }.Any(Utf16.HasLoneSurrogate))
                .ToList();
            var index = LunrIndexBuilder.Build(documents);
            classic = LunrIndexSerializer.ToJson(index);
            searchDir = ShardedClient.Write(documents, index, shardBytes: 200, bucketBytes: 500);
            using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(searchDir, "meta.json")));
            var postings = meta.RootElement.GetProperty("postings").EnumerateArray().ToList();
            ShardFirsts = [.. postings.Select(e => e[0].GetString()!)];
            OneTermShards = [.. postings.Select((e, i) => (e, i)).Where(x => x.e.GetArrayLength() == 3 && x.e[2].GetInt32() == 1).Select(x => x.i)];
        }

        public string[] ShardFirsts { get; }

        // Every n-th item, so that a check runs on items spread over the whole range of terms.
        public IEnumerable<T> Sample<T>(IEnumerable<T> items, int count)
        {
            var all = items.ToList();
            int step = Math.Max(1, all.Count / count);
            return all.Where((_, i) => i % step == 0).Take(count);
        }

        public int[] OneTermShards { get; }

        public IReadOnlyList<Outcome> Expand(IReadOnlyList<Clause> clauses)
        {
            var input = new StringBuilder();
            input.Append("{\"index\":").Append(classic).Append(",\"dir\":").Append(LunrJs.JsonString(searchDir)).Append(",\"clauses\":[");
            input.AppendJoin(',', clauses.Select(c => "{\"term\":" + LunrJs.JsonString(c.Term) + (c.EditDistance is { } d ? ",\"editDistance\":" + d : "") + "}"));
            input.Append("]}");
            using var output = JsonDocument.Parse(LunrNode.Run("expand.js", input.ToString()));
            return [.. output.RootElement.EnumerateArray().Select((e, i) => new Outcome(
                clauses[i].Term + (clauses[i].EditDistance is { } d ? "~" + d : ""),
                [.. e.GetProperty("lunr").EnumerateArray().Select(t => t.GetString()!)],
                [.. e.GetProperty("sharded").EnumerateArray().Select(t => t.GetString()!)],
                e.GetProperty("files").GetInt32()))];
        }
    }
}
