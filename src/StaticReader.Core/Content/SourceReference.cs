namespace StaticReader.Core.Content;

/// <summary>
/// The bibliographic fields of a cited work (front matter of <c>input/sources/&lt;key&gt;.md</c> or a CSL-JSON entry). The
/// title and date are the page's own (<see cref="FrontMatter.Title"/>, <see cref="FrontMatter.Date"/>); every field here
/// is optional, because a field we cannot confirm is left out rather than guessed.
/// </summary>
/// <param name="Authors">The authors' names as written, e.g. <c>Ann Cao</c>.</param>
/// <param name="Outlet">The newspaper, magazine or site it appeared in.</param>
/// <param name="Publisher">The organization that published it (a think tank, a preprint server, a company).</param>
/// <param name="Type">article, report, paper, book, interview, dataset or web, or null.</param>
/// <param name="Url">An absolute http(s) URL, or null.</param>
/// <param name="Doi">A DOI without its resolver prefix (<c>10.48550/arXiv.2506.12708</c>), or null.</param>
/// <param name="Accessed">When the URL was read (YYYY, YYYY-MM or YYYY-MM-DD), or null.</param>
public sealed record SourceReference(
    IReadOnlyList<string> Authors,
    string? Outlet,
    string? Publisher,
    string? Type,
    string? Url,
    string? Doi,
    string? Accessed)
{
    /// <summary>The types a source may have.</summary>
    public static IReadOnlyList<string> Types { get; } = ["article", "report", "paper", "book", "interview", "dataset", "web"];

    /// <summary>Where it appeared: the outlet, else the publisher, else null.</summary>
    public string? Container => Outlet ?? Publisher;

    /// <summary>The link a reader follows to the work itself: the DOI's resolver URL, else the URL, else null.</summary>
    public string? Link => Doi is not null ? "https://doi.org/" + Doi : Url;
}
