using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Output;
using StaticReader.Core.Theme;

namespace StaticReader.Core.Rendering;

/// <summary>
/// Renders a page model through its layout and then through <c>base</c>. Contexts are not thread-safe (parsed templates
/// are), so each thread keeps one context and one output and resets them before every page.
/// </summary>
public sealed class LayoutRenderer
{
    private readonly ThemeLayouts layouts;
    private readonly ScriptObject siteGlobals;
    private readonly ThemeTemplateLoader loader;

    // A mistake in a layout fails every page it renders: it is reported once, at the layout, for the first page.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> reported = new(StringComparer.Ordinal);

    // Scriban's built-in functions, with the layouts' include, built once per process and shared by every context of
    // every build (serve's among them): templates only read them, and building them costs more than rendering a page.
    private static readonly Lazy<ScriptObject> SharedBuiltins = new(TemplateBuiltins.Create);

    private readonly ScriptObject builtins = SharedBuiltins.Value;

    // One context and one output per thread, reset before each page: a fresh context per page (its stacks, caches and
    // the partials' table) cost about 100 MB of allocations on 4,000 pages. Reset drops whatever globals, outputs and
    // source files the last page pushed, even one whose render threw.
    private readonly ThreadLocal<(TemplateContext Context, ReusableOutput Output, ReusableOutput Content)> perThread;

    // Whether base lets the page's content be spliced into its output (ContentSplice), rather than given as a string.
    private readonly bool splice;

    // For each layout, whether it lets the page's body be spliced into its output, when base lets the content be.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> bodySplice = new(StringComparer.Ordinal);

    /// <summary>A renderer of the theme's layouts; every page sees <paramref name="siteGlobals"/>.</summary>
    public LayoutRenderer(ThemeLayouts layouts, ScriptObject siteGlobals)
    {
        this.layouts = layouts;
        this.siteGlobals = siteGlobals;
        loader = new ThemeTemplateLoader(layouts.LayoutsDir);
        perThread = new ThreadLocal<(TemplateContext, ReusableOutput, ReusableOutput)>(() => (CreateContext(), new ReusableOutput(), new ReusableOutput()));
        splice = layouts.Find("base") is { } shell && ContentSplice.IsSafe(shell, layouts.Partials.Values);
    }

    /// <summary>Builds what every renderer shares (Scriban's built-in functions), so that a build can do it ahead, on another core.</summary>
    public static void Prepare() => _ = SharedBuiltins.Value;

    /// <summary>
    /// Renders one job and writes it to <paramref name="sink"/>; returns false and reports the theme file, line and column
    /// when the layout fails (nothing is written then).
    /// </summary>
    public bool Write(RenderJob job, IOutputSink sink, DiagnosticBag diagnostics)
    {
        var layout = layouts.Find(job.Layout);
        var shell = layouts.Find("base");
        if (layout is null || shell is null)
        {
            return false; // reported once by the render stage
        }

        var page = job.Page;
        var (context, output, content) = perThread.Value;
        context.Reset();
        foreach (var (path, partial) in layouts.Partials)
        {
            context.CachedTemplates[path] = partial; // Reset empties the table, and a partial missing from it is parsed again
        }

        context.PushGlobal(siteGlobals);
        context.PushGlobal(new ScriptObject { ["page"] = page });
        try
        {
            // The whole page is encoded straight from the outputs' buffers: as a string it would be the largest
            // allocation of every page, made only to be encoded and dropped. So is the content, when base allows it.
            var body = job.Body is null ? null : splice && SplicesBody(job.Layout, layout, shell) ? job.Body : null;
            if (job.Body is not null)
            {
                page["body"] = body is null ? System.Text.Encoding.UTF8.GetString(job.Body) : ContentSplice.BodyMarker;
            }

            if (!splice)
            {
                page["content"] = RenderTemplate(layout, context, output, asString: true);
                RenderTemplate(shell, context, output, asString: false);
                Emit.PageWriter.WriteText(sink, job.OutputPath, output.Segments(0, output.Length));
                return true;
            }

            RenderTemplate(layout, context, content, asString: false);
            page["content"] = ContentSplice.Marker;
            RenderTemplate(shell, context, output, asString: false);
            // No marker: base returned before printing it (a 'ret' above it). Nothing else in base reads the content, so
            // its output is what it would be with the content as a string. The same holds for the body in the layout.
            var at = output.IndexOf(ContentSplice.Marker);
            if (at < 0)
            {
                Emit.PageWriter.WriteText(sink, job.OutputPath, output.Segments(0, output.Length));
                return true;
            }

            var before = output.Segments(0, at);
            var after = output.Segments(at + ContentSplice.Marker.Length, output.Length);
            var bodyAt = body is null ? -1 : content.IndexOf(ContentSplice.BodyMarker);
            if (bodyAt < 0)
            {
                Emit.PageWriter.WriteText(sink, job.OutputPath, before, content.Segments(0, content.Length), after);
                return true;
            }

            var rest = content.Segments(bodyAt + ContentSplice.BodyMarker.Length, content.Length);
            Emit.PageWriter.WriteText(sink, job.OutputPath, before, content.Segments(0, bodyAt), body, rest, after);
            return true;
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            if (layouts.Broken.Any(b => ex.OriginalMessage.Contains(b, StringComparison.Ordinal)) ||
                !reported.TryAdd($"{span.FileName}:{span.Start.Line}:{span.Start.Column}:{ex.OriginalMessage}", true))
            {
                return false; // a partial that failed to parse (reported at the partial), or an error already reported
            }

            var where = job.SourcePath is null ? $"the page {job.OutputPath}" : job.SourcePath;
            diagnostics.Error(span.FileName ?? job.Layout, span.Start.Line + 1, span.Start.Column + 1,
                $"layout failed while rendering {where}: {ex.OriginalMessage}",
                ex.OriginalMessage.StartsWith("the include ", StringComparison.Ordinal)
                    ? $"include a file that exists; the partials are in {Loading.LoadContent.DisplayPath(Path.Combine(layouts.LayoutsDir, "partials"))}/, named from {Loading.LoadContent.DisplayPath(layouts.LayoutsDir)}/ as in {{{{ include 'partials/toc.html' }}}}"
                    : "fix the layout expression at this position (a misspelled variable or function, or a value of the wrong type)");
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="layout"/> prints the body once at its top level and nothing else it meets reads it: not
    /// base, not a partial, and no other file (every include names a partial). Checked once per layout.
    /// </summary>
    private bool SplicesBody(string name, Template layout, Template shell) =>
        bodySplice.GetOrAdd(name, _ =>
        {
            var others = layouts.Partials.Values.Append(shell).ToList();
            return ContentSplice.IsSafe(layout, others, "body") && others.Append(layout).All(ContentSplice.IncludesOnlyPartials);
        });

    private TemplateContext CreateContext()
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
        return context;
    }

    /// <summary>Renders into the thread's cleared output, so one context can render the layout and then the base.</summary>
    private static string RenderTemplate(Template template, TemplateContext context, ReusableOutput output, bool asString)
    {
        output.Clear();
        output.ToStringGivesEmpty = !asString;
        context.PushOutput(output);
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
