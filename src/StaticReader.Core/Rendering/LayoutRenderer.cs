using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Rendering;

/// <summary>
/// Renders a page model through its layout and then through <c>base</c>, one fresh
/// <see cref="TemplateContext"/> per page (contexts are not thread-safe; parsed templates are).
/// </summary>
public sealed class LayoutRenderer(ThemeLayouts layouts, ScriptObject siteGlobals)
{
    private readonly ThemeTemplateLoader loader = new(layouts.LayoutsDir);

    /// <summary>Renders one job; returns null and reports the theme file, line and column when the layout fails.</summary>
    public string? Render(RenderJob job, DiagnosticBag diagnostics)
    {
        var layout = layouts.Find(job.Layout);
        var shell = layouts.Find("base");
        if (layout is null || shell is null)
        {
            return null; // reported once by the render stage
        }

        var page = new ScriptObject();
        page.Import(job.Page);
        var globals = new ScriptObject { ["page"] = page };
        try
        {
            var content = RenderTemplate(layout, globals);
            page["content"] = content;
            return RenderTemplate(shell, globals);
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            var where = job.SourcePath is null ? $"the page {job.OutputPath}" : job.SourcePath;
            diagnostics.Error(span.FileName ?? job.Layout, span.Start.Line + 1, span.Start.Column + 1,
                $"layout failed while rendering {where}: {ex.OriginalMessage}",
                "fix the layout expression at this position (a misspelled variable or function, or a value of the wrong type)");
            return null;
        }
    }

    private string RenderTemplate(Template template, ScriptObject globals)
    {
        var context = new TemplateContext
        {
            TemplateLoader = loader,
            LoopLimit = 100_000,
            RecursiveLimit = 64,
            StrictVariables = true,
        };
        foreach (var (path, partial) in layouts.Partials)
        {
            context.CachedTemplates[path] = partial;
        }

        context.PushGlobal(siteGlobals);
        context.PushGlobal(globals);
        return template.Render(context);
    }
}
