using Scriban.Runtime;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Markdown;
using StaticReader.Core.Model;

namespace StaticReader.Core.Rendering;

/// <summary>The render jobs of a site: one per content page, and the pages the site generates (home, indexes, search, 404).</summary>
public static class PageJobs
{
    /// <summary>The job of one content page, or null (reported) when its layout does not exist.</summary>
    public static RenderJob? ForContent(SiteModel model, ConvertedPage page, DiagnosticBag diagnostics)
    {
        var entry = page.Page;
        var layout = entry.Document.FrontMatter.Layout ?? entry.Collection.Layout;
        if (model.Layouts.IsBroken(layout))
        {
            return null; // its syntax error is reported at the layout, once
        }

        if (!model.Layouts.Has(layout))
        {
            var chosen = entry.Document.FrontMatter.Layout is not null;
            var pages = model.Index.ByCollection[entry.Collection.Name];
            if (!chosen && pages.Count > 0 && pages[0] != entry)
            {
                return null; // the collection's layout is missing: reported once, at its first page
            }

            var known = string.Join(", ", model.Config.Collections.Select(c => c.Layout).Distinct().Where(model.Layouts.Has));
            diagnostics.Error(entry.Document.DisplayPath, 1, 1,
                chosen
                    ? $"unknown layout '{layout}' (set by 'layout:' in this page's front matter)"
                    : $"unknown layout '{layout}': the collection '{entry.Collection.Name}' renders its {pages.Count} page(s) with it, and the theme has no such layout",
                chosen
                    ? $"remove 'layout:' or use one of the layouts there are: {known}"
                    : $"add input/layouts/{layout}.html (or layouts/{layout}.html to the theme), or set 'layout:' for the collection in site.yml to one of: {known}");
            return null;
        }

        var (sequence, position) = model.Index.SequenceOf(entry);
        var pageModel = TemplateModels.ContentPage(model.Index, page, model.Links, position, sequence);
        if (Emit.Epub.EpubEditions.HasEdition(model, page) && Emit.Epub.EpubEditions.Of(model).LinkOf(page) is { } epub)
        {
            // The EPUB emitter ran first and kept each book's URL and size (a page rendered alone builds its book here).
            pageModel["epub"] = new ScriptObject { ["url"] = epub.Url, ["size"] = Emit.Epub.EpubSize.Format(epub.Size) };
        }

        return new RenderJob(entry.OutputPath, layout, pageModel, entry.Document.DisplayPath) { Body = page.Utf8Html };
    }

    /// <summary>The pages the site generates, each with its model; a missing layout is reported and its page left out.</summary>
    public static IReadOnlyList<RenderJob> Generated(SiteModel model, DiagnosticBag diagnostics)
    {
        var index = model.Index;
        var jobs = new List<RenderJob>();
        var home = Add(jobs, model, diagnostics, "home", index.Config.Title, "", "index.html");
        home?.SetValue("json_ld", StructuredData.ForHome(index), false);
        var glossary = Add(jobs, model, diagnostics, "glossary", "Glossary", "glossary/", "glossary/index.html");
        if (glossary is not null)
        {
            glossary["groups"] = TemplateModels.TermGroups(index);
            glossary["letters"] = TemplateModels.TermLetters(index);
            glossary["json_ld"] = StructuredData.ForGlossary(index);
        }

        Add(jobs, model, diagnostics, "explainers", "Explainers", "explainers/", "explainers/index.html");
        if (index.ByCollection.GetValueOrDefault(Content.BuiltInCollections.Sources.Name) is { Count: > 0 })
        {
            var sources = Add(jobs, model, diagnostics, "sources", "Sources", "sources/", "sources/index.html");
            sources?.SetValue("groups", SourceModels.Groups(index), false);
            sources?.SetValue("by_date", SourceModels.ByDate(index), false);
        }

        if (TextsIndex.Generated(index, model.Layouts.Has))
        {
            Add(jobs, model, diagnostics, "texts", "Texts", "texts/", "texts/index.html"); // optional: a theme may have no list of texts
        }
        if (index.Config.Search)
        {
            Add(jobs, model, diagnostics, "search", "Search", "search/", "search/index.html");
        }

        Add(jobs, model, diagnostics, "404", "Page not found", "404.html", "404.html");
        return jobs;
    }

    private static ScriptObject? Add(List<RenderJob> jobs, SiteModel model, DiagnosticBag diagnostics, string layout, string title, string path, string outputPath)
    {
        if (model.Layouts.IsBroken(layout))
        {
            return null;
        }

        if (!model.Layouts.Has(layout))
        {
            diagnostics.Error(Path.Combine(model.Layouts.LayoutsDir, layout + ".html"), 0, 0, $"the theme has no '{layout}' layout",
                $"add layouts/{layout}.html; every theme needs base, home, text, term, glossary, explainer, explainers, page, search and 404");
            return null;
        }

        var page = TemplateModels.GeneratedPage(model.Index, layout, title, path);
        jobs.Add(new RenderJob(outputPath, layout, page, null));
        return page;
    }
}
