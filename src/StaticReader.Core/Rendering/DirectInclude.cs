using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticReader.Core.Rendering;

/// <summary>
/// The layouts' <c>include</c>: Scriban's own, except that the partial writes straight into the caller's output.
/// Scriban renders a partial into an output of its own, turns that into a string and writes the string: on a glossary
/// term page that is one string per backlink, and on glossary-4000 the includes allocated 420 MB of a 2.3 GB build.
/// Finding the partial, its parse errors, <c>$</c> arguments and the recursion limit are as in Scriban.
/// </summary>
public sealed class DirectInclude(IScriptCustomFunction scribans) : IScriptCustomFunction
{
    /// <inheritdoc />
    public int RequiredParameterCount => scribans.RequiredParameterCount;

    /// <inheritdoc />
    public int ParameterCount => scribans.ParameterCount;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => scribans.VarParamKind;

    /// <inheritdoc />
    public Type ReturnType => scribans.ReturnType;

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => scribans.GetParameterInfo(index);

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is null)
        {
            return scribans.Invoke(context, callerContext, arguments, blockStatement); // not called from a template
        }

        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(callerContext.Span, "include needs the name of the partial, e.g. include 'partials/toc.html'");
        }

        var name = context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name))
        {
            throw new ScriptRuntimeException(callerContext.Span, "the name of the partial to include is empty");
        }

        if (context.TemplateLoader is not { } loader)
        {
            throw new ScriptRuntimeException(callerContext.Span, $"cannot include '{name}': no template loader");
        }

        var path = loader.GetPath(context, callerContext.Span, name)
            ?? throw new ScriptRuntimeException(callerContext.Span, $"cannot include '{name}': it has no path");
        var template = context.GetOrCreateTemplate(path, callerContext);

        // $1, $2… are the arguments after the name, as Scriban's include sets them.
        var rest = new ScriptArray(arguments.Count - 1);
        for (var i = 1; i < arguments.Count; i++)
        {
            rest[i] = arguments[i];
        }

        // In a local scope of its own, as in Scriban: '$' is read-only, and each include sets it afresh.
        context.PushLocal();
        context.PushOutput(new ForwardingOutput(context.Output));
        try
        {
            context.SetValue(ScriptVariable.Arguments, rest, true);
            context.EnterRecursive(callerContext);
            template.Render(context);
            context.ExitRecursive(callerContext);
        }
        finally
        {
            context.PopOutput();
            context.PopLocal();
        }

        return null;
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Passes writes to the caller's output; as a string it is empty, since its text is already there.</summary>
    private sealed class ForwardingOutput(IScriptOutput target) : IScriptOutput
    {
        public void Write(string text, int offset, int count) => target.Write(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
            target.WriteAsync(text, offset, count, cancellationToken);

        public override string ToString() => "";
    }
}
