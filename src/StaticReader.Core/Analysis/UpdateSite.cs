using StaticReader.Core.Diagnostics;
using StaticReader.Core.Emit;
using StaticReader.Core.Linking;
using StaticReader.Core.Loading;
using StaticReader.Core.Model;
using StaticReader.Core.Pipeline;

namespace StaticReader.Core.Analysis;

/// <summary>
/// Analysis for one edit, as serve applies it: when only the body of a known content page changed, the page is converted
/// again with the build's own converter and the link graph updated for it. Anything else (front matter, which other pages
/// may show; the ids or numbers of its figures, which links on other pages show; a new, deleted or renamed file; an asset,
/// the theme, site.yml) is left to a full analysis.
/// </summary>
public static class UpdateSite
{
    /// <summary>
    /// The change an edit of <paramref name="changedPath"/> makes to <paramref name="model"/>, or null when it needs a full
    /// build. Problems go to <paramref name="diagnostics"/>; the change is still returned then, so the caller can tell a
    /// failed edit from one it must rebuild for.
    /// </summary>
    public static SiteChange? BodyEdit(SiteModel model, BuildOptions options, string changedPath, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(changedPath);
        var input = Path.GetFullPath(options.InputDir) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(input, StringComparison.Ordinal) || !File.Exists(full) || !full.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var display = LoadContent.DisplayPath(full);
        var index = model.Pages.ToList().FindIndex(c => c.Page.Document.DisplayPath == display);
        if (index < 0)
        {
            return null; // not a page of the site: a new file, an asset, site.yml
        }

        var previous = model.Pages[index];
        var file = new InputFile(full, previous.Page.Document.DisplayPath, full[input.Length..].Replace('\\', '/'));
        var loaded = LoadContent.LoadOne(file, previous.Page.Collection, diagnostics);
        if (loaded is null)
        {
            return new SiteChange(model, model, previous.Page.Slug, new HashSet<string>(StringComparer.Ordinal));
        }

        var document = loaded.Document;
        if (document.FrontMatterYaml != previous.Page.Document.FrontMatterYaml || document.Slug != previous.Page.Slug)
        {
            return null;
        }

        // Other pages show this page's figures by number ("Figure 2", from the index): a change to them needs a full
        // build, and so does the first link to a figure on a site whose index numbered none.
        var body = loaded.BodyText;
        if (model.Index.FiguresCatalogued ? FiguresChanged(model, previous.Page.Slug, body) : body.Contains("#fig-", StringComparison.Ordinal))
        {
            return null;
        }

        var page = model.Converter.Convert(previous.Page with { Document = document }, body, diagnostics);
        var pages = model.Pages.ToArray();
        pages[index] = page;
        var links = LinkPages.Update(model.Links, pages, previous, page, diagnostics, model.Targets);
        var fed = previous.Mentions.Concat(page.Mentions).Select(m => m.TargetSlug)
            .Where(s => s != page.Page.Slug)
            .ToHashSet(StringComparer.Ordinal);
        return new SiteChange(model, model with { Pages = pages, Links = links }, page.Page.Slug, fed);
    }

    /// <summary>True when the page <paramref name="slug"/>'s figure ids or numbers differ from those the index holds.</summary>
    private static bool FiguresChanged(SiteModel model, string slug, string body)
    {
        var figures = Markdown.Extensions.Figures.FigureCatalog.Scan(body);
        var known = model.Index.Figures.GetValueOrDefault(slug) ?? new Dictionary<string, int>();
        return !figures.OrderBy(f => f.Key, StringComparer.Ordinal).SequenceEqual(known.OrderBy(f => f.Key, StringComparer.Ordinal));
    }
}
