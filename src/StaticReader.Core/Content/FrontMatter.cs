namespace StaticReader.Core.Content;

/// <summary>The typed front matter of one content file.</summary>
/// <param name="Title">Required display title.</param>
/// <param name="Summary">One or two sentences; required for glossary terms (previews and search use it).</param>
/// <param name="Date">ISO date as written (<c>YYYY-MM-DD</c>), kept as text so output never depends on the time zone.</param>
/// <param name="Draft">Skipped unless the build runs with <c>--drafts</c>.</param>
/// <param name="Slug">Explicit slug, or null to derive it from the file name.</param>
/// <param name="Aliases">Other names of a term that auto-link to it.</param>
/// <param name="TermKind">A term's kind: concept, organization, person, product or policy.</param>
/// <param name="Related">Slugs of related terms.</param>
/// <param name="Source">A text's source.</param>
/// <param name="Layout">A layout name that overrides the collection's default.</param>
/// <param name="RedirectFrom">Old paths that should redirect here.</param>
/// <param name="Params">The fields the reader itself does not read, as plain data, for layouts (<c>page.params</c>).</param>
/// <param name="Updated">When the page was last updated (<c>YYYY-MM-DD</c>), or null; the feed's <c>updated</c> date.</param>
/// <param name="Corrections">Dated corrections and updates, oldest first as written.</param>
public sealed record FrontMatter(
    string Title,
    string? Summary,
    string? Date,
    bool Draft,
    string? Slug,
    IReadOnlyList<string> Aliases,
    string? TermKind,
    IReadOnlyList<string> Related,
    SourceInfo? Source,
    string? Layout,
    IReadOnlyList<string> RedirectFrom,
    IReadOnlyDictionary<string, object?>? Params = null,
    string? Updated = null,
    IReadOnlyList<Correction>? Corrections = null)
{
    /// <summary>A source's bibliographic fields (pages of the sources collection only), else null.</summary>
    public SourceReference? Reference { get; init; }
}
