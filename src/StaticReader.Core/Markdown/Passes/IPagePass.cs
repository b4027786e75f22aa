namespace StaticReader.Core.Markdown.Passes;

/// <summary>
/// One step of turning a page's parsed markdown into what the site knows about the page: refuse unsafe URLs, resolve
/// wikilinks, auto-link terms, assign passage ids… The converter runs the passes of every extension in order over a
/// <see cref="PageContext"/>, then writes the HTML. Built-in features register theirs the way any extension does.
/// </summary>
public interface IPagePass
{
    /// <summary>A verb-like name (e.g. <c>resolve wikilinks</c>), for diagnostics and documentation.</summary>
    string Name { get; }

    /// <summary>
    /// Whether the pass could change or learn anything on this page: a cheap look, often at the markdown source, that
    /// lets the converter skip a tree walk. It may say yes needlessly but must never say no when the pass would act.
    /// </summary>
    bool AppliesTo(PageContext context) => true;

    /// <summary>Does the pass's work on <paramref name="context"/>'s document, recording what it learns on the context.</summary>
    void Run(PageContext context);
}
