using Scriban.Runtime;
using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Indexing;
using StaticReader.Core.Linking;
using StaticReader.Core.Markdown;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Rendering;

/// <summary>
/// Stage 5, render: puts every page (content and generated) through its Scriban layout, in parallel,
/// returning files in a stable order.
/// </summary>
public static class RenderPages
{
    /// <summary>Renders all pages; failures are reported and left out.</summary>
    public static IReadOnlyList<RenderedFile> Run(SiteIndex index, IReadOnlyList<ConvertedPage> converted, SiteLinks links, ThemeLayouts layouts, ThemeAssets assets, DiagnosticBag diagnostics)
    {
        if (!layouts.Has("base"))
        {
            diagnostics.Error(layouts.LayoutsDir, 0, 0, "the theme has no base layout", "add layouts/base.html that prints {{ page.content }}");
        }

        var jobs = PlanContentJobs(index, converted, links, layouts, diagnostics);
        AddGeneratedJobs(jobs, index, layouts, diagnostics);
        return Render(jobs, Renderer(index, layouts, assets), diagnostics).Concat(SiteFeeds.Render(index)).ToList();
    }

    /// <summary>The renderer of a build: the theme's layouts and the site-wide globals, built once and shared by every page.</summary>
    public static LayoutRenderer Renderer(SiteIndex index, ThemeLayouts layouts, ThemeAssets assets) =>
        new(layouts, TemplateModels.Site(index, assets));

    /// <summary>
    /// Renders only the content pages with the given slugs (an incremental rebuild), with <paramref name="renderer"/>
    /// from <see cref="Renderer"/> so that several calls of one rebuild share it.
    /// </summary>
    public static IReadOnlyList<RenderedFile> RunSome(SiteIndex index, IReadOnlyList<ConvertedPage> converted, SiteLinks links, ThemeLayouts layouts, LayoutRenderer renderer, IReadOnlySet<string> slugs, DiagnosticBag diagnostics) =>
        Render(PlanContentJobs(index, converted.Where(c => slugs.Contains(c.Page.Slug)).ToList(), links, layouts, diagnostics), renderer, diagnostics);

    private static List<RenderedFile> Render(List<RenderJob> jobs, LayoutRenderer renderer, DiagnosticBag diagnostics)
    {
        var results = new RenderedFile?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var html = renderer.Render(jobs[i], diagnostics);
            results[i] = html is null ? null : new RenderedFile(jobs[i].OutputPath, html);
        });
        return results.OfType<RenderedFile>().ToList();
    }

    /// <summary>The content pages' jobs, in page order; their models are independent, so they are built in parallel.</summary>
    private static List<RenderJob> PlanContentJobs(SiteIndex index, IReadOnlyList<ConvertedPage> converted, SiteLinks links, ThemeLayouts layouts, DiagnosticBag diagnostics)
    {
        var planned = new RenderJob?[converted.Count];
        Parallel.For(0, converted.Count, i =>
        {
            var page = converted[i];
            var entry = page.Page;
            var layout = entry.Document.FrontMatter.Layout ?? TemplateModels.KindName(entry.Kind);
            if (!layouts.Has(layout))
            {
                diagnostics.Error(entry.Document.DisplayPath, 1, 1, $"unknown layout '{layout}'",
                    "use one of the theme's layouts: " + string.Join(", ", KnownLayouts(layouts)));
                return;
            }

            var (sequence, position) = index.SequenceOf(entry);
            planned[i] = new RenderJob(entry.OutputPath, layout, TemplateModels.ContentPage(index, page, links, position, sequence), entry.Document.DisplayPath);
        });
        var jobs = new List<RenderJob>(converted.Count + 8);
        jobs.AddRange(planned.OfType<RenderJob>());
        return jobs;
    }

    /// <summary>Adds the pages the site generates: home, glossary index, explainers index, search and 404.</summary>
    private static void AddGeneratedJobs(List<RenderJob> jobs, SiteIndex index, ThemeLayouts layouts, DiagnosticBag diagnostics)
    {
        var home = AddGenerated(jobs, index, layouts, diagnostics, "home", index.Config.Title, "", "index.html");
        home?.SetValue("json_ld", StructuredData.ForHome(index), false);
        var glossary = AddGenerated(jobs, index, layouts, diagnostics, "glossary", "Glossary", "glossary/", "glossary/index.html");
        if (glossary is not null)
        {
            glossary["groups"] = TemplateModels.TermGroups(index);
            glossary["letters"] = TemplateModels.TermLetters(index);
            glossary["json_ld"] = StructuredData.ForGlossary(index);
        }

        AddGenerated(jobs, index, layouts, diagnostics, "explainers", "Explainers", "explainers/", "explainers/index.html");
        if (index.Config.Search)
        {
            AddGenerated(jobs, index, layouts, diagnostics, "search", "Search", "search/", "search/index.html");
        }

        AddGenerated(jobs, index, layouts, diagnostics, "404", "Page not found", "404.html", "404.html");
    }

    private static ScriptObject? AddGenerated(List<RenderJob> jobs, SiteIndex index, ThemeLayouts layouts, DiagnosticBag diagnostics, string layout, string title, string path, string outputPath)
    {
        if (!layouts.Has(layout))
        {
            diagnostics.Error(Path.Combine(layouts.LayoutsDir, layout + ".html"), 0, 0, $"the theme has no '{layout}' layout",
                $"add layouts/{layout}.html; every theme needs base, home, text, term, glossary, explainer, explainers, page, search and 404");
            return null;
        }

        var page = TemplateModels.GeneratedPage(index, layout, title, path);
        jobs.Add(new RenderJob(outputPath, layout, page, null));
        return page;
    }

    private static IEnumerable<string> KnownLayouts(ThemeLayouts layouts) =>
        new[] { "text", "term", "explainer", "page" }.Where(layouts.Has);
}
