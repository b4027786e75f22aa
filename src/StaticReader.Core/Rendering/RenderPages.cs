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
    public static IReadOnlyList<RenderedFile> Run(SiteIndex index, IReadOnlyList<ConvertedPage> converted, SiteLinks links, ThemeLayouts layouts, ThemeAssets assets, DiagnosticBag diagnostics) =>
        Render(PlanJobs(index, converted, links, layouts, diagnostics), index, layouts, assets, diagnostics).Concat(SiteFeeds.Render(index)).ToList();

    /// <summary>Renders only the content pages with the given slugs (an incremental rebuild).</summary>
    public static IReadOnlyList<RenderedFile> RunSome(SiteIndex index, IReadOnlyList<ConvertedPage> converted, SiteLinks links, ThemeLayouts layouts, ThemeAssets assets, IReadOnlySet<string> slugs, DiagnosticBag diagnostics)
    {
        var jobs = PlanJobs(index, converted.Where(c => slugs.Contains(c.Page.Slug)).ToList(), links, layouts, diagnostics)
            .Where(j => j.SourcePath is not null)
            .ToList();
        return Render(jobs, index, layouts, assets, diagnostics);
    }

    private static List<RenderedFile> Render(List<RenderJob> jobs, SiteIndex index, ThemeLayouts layouts, ThemeAssets assets, DiagnosticBag diagnostics)
    {
        var renderer = new LayoutRenderer(layouts, TemplateModels.Site(index, assets));
        var results = new RenderedFile?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var html = renderer.Render(jobs[i], diagnostics);
            results[i] = html is null ? null : new RenderedFile(jobs[i].OutputPath, html);
        });
        return results.OfType<RenderedFile>().ToList();
    }

    private static List<RenderJob> PlanJobs(SiteIndex index, IReadOnlyList<ConvertedPage> converted, SiteLinks links, ThemeLayouts layouts, DiagnosticBag diagnostics)
    {
        if (!layouts.Has("base"))
        {
            diagnostics.Error(layouts.LayoutsDir, 0, 0, "the theme has no base layout", "add layouts/base.html that prints {{ page.content }}");
        }

        // Position of each text and explainer in its sequence (previous/next links), found once rather than by a
        // scan per page: that scan made planning quadratic in the number of pages.
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sequence in new[] { index.Texts, index.Explainers })
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                positions[sequence[i].Slug] = i;
            }
        }

        // Page models are independent of each other: build them in parallel, keep them in page order.
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

            var sequence = entry.Kind switch
            {
                ContentKind.Text => index.Texts,
                ContentKind.Explainer => index.Explainers,
                _ => [],
            };
            var position = sequence.Count > 0 ? positions.GetValueOrDefault(entry.Slug, -1) : -1;
            planned[i] = new RenderJob(entry.OutputPath, layout, TemplateModels.ContentPage(index, page, links, position, sequence), entry.Document.DisplayPath);
        });
        var jobs = new List<RenderJob>(converted.Count + 8);
        jobs.AddRange(planned.OfType<RenderJob>());

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
        return jobs;
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
