namespace StaticReader.Core.Content;

/// <summary>How the site's search data is written under <c>search/</c> (<c>search:</c> in <c>site.yml</c>).</summary>
public enum SearchFormat
{
    /// <summary>The default: a small meta file, postings shards, dictionary buckets and one fragment per page.</summary>
    Sharded,

    /// <summary><c>search: lunr</c>: one lunr 2.3.9 <c>index.json</c> (for <c>lunr.Index.load</c>) and <c>docs.json</c>.</summary>
    Lunr,
}
