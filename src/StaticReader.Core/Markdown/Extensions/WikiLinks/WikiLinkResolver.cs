using StaticReader.Core.Markdown;
using Markdig.Syntax;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.WikiLinks;

/// <summary>Resolves the wikilinks of a document against the site index; unknown targets are errors.</summary>
public static class WikiLinkResolver
{
    /// <summary>Resolves links in place and returns the anchors they ask for, to check once every page is known.</summary>
    /// <remarks>
    /// A link to a figure of the page itself (<c>[[#fig-…]]</c>) shows "Figure N" from <paramref name="figures"/>; a link to
    /// a figure of another page shows the number <see cref="SiteIndex.FigureLabel"/> finds there.
    /// </remarks>
    public static List<AnchorReference> Resolve(IReadOnlyList<WikiLinkInline> links, SiteIndex index, PageEntry page, DiagnosticBag diagnostics,
        Figures.PageFigures? figures = null)
    {
        var anchors = new List<AnchorReference>();
        foreach (var link in links)
        {
            var line = page.Document.BodyLine + link.Line;
            var column = link.Column + 1;
            if (link.Target.Length == 0 && link.Anchor is null)
            {
                diagnostics.Error(page.Document.DisplayPath, line, column, "an empty wikilink '[[]]' links to nothing",
                    "write the slug or title of a page inside the brackets, e.g. [[" + Example(index, page) + "]], or remove them");
                continue;
            }

            var target = link.Target.Length == 0 ? page : index.Resolve(link.Target);
            if (target is null)
            {
                Unknown(link, index, page, line, column, diagnostics);
                continue;
            }

            link.TargetSlug = target.Slug;
            link.ShownText = link.Label is { } label
                ? WikiLinkLabel.MayHaveMarkup(label) ? WikiLinkLabel.Plain(label) : label
                : FigureLabel(link, target, page, index, figures) ?? (link.Anchor is null || link.Target.Length > 0 ? target.Title : link.Anchor);
            link.Url = link.Anchor is null ? target.Url : target.Url + "#" + link.Anchor;
            if (link.Anchor is not null)
            {
                anchors.Add(new AnchorReference(target.Slug, link.Anchor, page.Document.DisplayPath, line, column));
            }
        }

        return anchors;
    }

    private static string? FigureLabel(WikiLinkInline link, PageEntry target, PageEntry page, SiteIndex index, Figures.PageFigures? figures) =>
        link.Anchor is not { } anchor || !anchor.StartsWith("fig-", StringComparison.Ordinal) ? null
        : target == page ? figures?.Label(anchor)
        : index.FigureLabel(target, anchor);

    private static void Unknown(WikiLinkInline link, SiteIndex index, PageEntry page, int line, int column, DiagnosticBag diagnostics)
    {
        var path = page.Document.DisplayPath;
        if (index.FailedSlugs.Contains(Slugs.FromText(link.Target)))
        {
            return; // the page exists but failed to load: its own error is the one to fix
        }

        if (index.DraftNamed(link.Target) is { } draft)
        {
            diagnostics.Error(path, line, column, $"the wikilink target '{link.Target}' is a draft ({draft.DisplayPath} has draft: true), so it is not built",
                "build with --drafts (build --drafts, serve --drafts) to include drafts, set draft: false when it is ready, or link it later");
            return;
        }

        var near = Suggestions.Nearest(link.Target, index.BySlug.Keys)
            ?? Suggestions.Nearest(link.Target, index.Pages.Select(p => p.Title));
        diagnostics.Error(path, line, column, $"unknown wikilink target '{link.Target}'",
            near is not null
                ? $"did you mean [[{near}]]?"
                : $"use the slug or the title of an existing page, e.g. [[{Example(index, page)}]]");
    }

    /// <summary>A page of this site to show in a hint: the first term, else the first other page, else the page itself.</summary>
    private static string Example(SiteIndex index, PageEntry page) =>
        (index.Terms.FirstOrDefault(t => t != page) ?? index.Pages.FirstOrDefault(p => p != page) ?? page).Slug;
}
