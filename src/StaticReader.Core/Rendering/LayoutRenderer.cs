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

    // A mistake in a layout fails every page it renders: it is reported once, at the layout, for the first page.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> reported = new(StringComparer.Ordinal);

    // Scriban's built-in functions, built once and shared: building them per context costs more than rendering a page.
    private readonly ScriptObject builtins = new Scriban.Functions.BuiltinFunctions();

    /// <summary>Renders one job; returns null and reports the theme file, line and column when the layout fails.</summary>
    public string? Render(RenderJob job, DiagnosticBag diagnostics)
    {
        var layout = layouts.Find(job.Layout);
        var shell = layouts.Find("base");
        if (layout is null || shell is null)
        {
            return null; // reported once by the render stage
        }

        var page = job.Page;
        var context = CreateContext(new ScriptObject { ["page"] = page });
        try
        {
            page["content"] = RenderTemplate(layout, context);
            return RenderTemplate(shell, context);
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            if (layouts.Broken.Any(b => ex.OriginalMessage.Contains(b, StringComparison.Ordinal)) ||
                !reported.TryAdd($"{span.FileName}:{span.Start.Line}:{span.Start.Column}:{ex.OriginalMessage}", true))
            {
                return null; // a partial that failed to parse (reported at the partial), or an error already reported
            }

            var where = job.SourcePath is null ? $"the page {job.OutputPath}" : job.SourcePath;
            diagnostics.Error(span.FileName ?? job.Layout, span.Start.Line + 1, span.Start.Column + 1,
                $"layout failed while rendering {where}: {ex.OriginalMessage}",
                ex.OriginalMessage.StartsWith("the include ", StringComparison.Ordinal)
                    ? $"include a file that exists; the partials are in {Loading.LoadContent.DisplayPath(Path.Combine(layouts.LayoutsDir, "partials"))}/, named from {Loading.LoadContent.DisplayPath(layouts.LayoutsDir)}/ as in {{{{ include 'partials/toc.html' }}}}"
                    : "fix the layout expression at this position (a misspelled variable or function, or a value of the wrong type)");
            return null;
        }
    }

    private TemplateContext CreateContext(ScriptObject globals)
    {
        var context = new TemplateContext(builtins)
        {
            TemplateLoader = loader,
            LoopLimit = 100_000,
            RecursiveLimit = 64,
            StrictVariables = true,

            // Scriban cuts any value printed longer than 1 MiB by default; a long text would be published truncated.
            LimitToString = 0,
        };
        foreach (var (path, partial) in layouts.Partials)
        {
            context.CachedTemplates[path] = partial;
        }

        context.PushGlobal(siteGlobals);
        context.PushGlobal(globals);
        return context;
    }

    /// <summary>Renders into a fresh output so one context can render the layout and then the base.</summary>
    private static string RenderTemplate(Template template, TemplateContext context)
    {
        context.PushOutput();
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
    }
}
