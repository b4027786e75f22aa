using StaticReader.Core.Markdown;
using Markdig.Syntax;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.WikiLinks;

/// <summary>Resolves the wikilinks of a document against the site index; unknown targets are errors.</summary>
public static class WikiLinkResolver
{
    /// <summary>Resolves links in place and returns the anchors they ask for, to check once every page is known.</summary>
    public static List<AnchorReference> Resolve(IReadOnlyList<WikiLinkInline> links, SiteIndex index, PageEntry page, DiagnosticBag diagnostics)
    {
        var anchors = new List<AnchorReference>();
        foreach (var link in links)
        {
            var line = page.Document.BodyLine + link.Line;
            var column = link.Column + 1;
            var target = link.Target.Length == 0 ? page : index.Resolve(link.Target);
            if (target is null)
            {
                diagnostics.Error(page.Document.DisplayPath, line, column, $"unknown wikilink target '{link.Target}'",
                    "use the slug or the title of an existing page, e.g. [[smr]] or [[SMR|small reactors]]");
                continue;
            }

            link.TargetSlug = target.Slug;
            link.ShownText = link.Label ?? (link.Anchor is null || link.Target.Length > 0 ? target.Title : link.Anchor);
            link.Url = link.Anchor is null ? target.Url : target.Url + "#" + link.Anchor;
            if (link.Anchor is not null)
            {
                anchors.Add(new AnchorReference(target.Slug, link.Anchor, page.Document.DisplayPath, line, column));
            }
        }

        return anchors;
    }
}
