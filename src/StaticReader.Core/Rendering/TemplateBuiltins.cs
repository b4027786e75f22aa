using Scriban.Functions;
using Scriban.Runtime;

namespace StaticReader.Core.Rendering;

/// <summary>
/// Scriban's built-in functions as layouts see them: the modules of Scriban's <see cref="BuiltinFunctions"/>, with
/// <see cref="DirectInclude"/> as <c>include</c>.
/// </summary>
public static class TemplateBuiltins
{
    /// <summary>
    /// Makes the built-ins. Each module is made once, here: <see cref="BuiltinFunctions"/> makes every module for its
    /// static defaults and then deep-copies them, which cost about 15 ms of CPU at every start (a build, serve).
    /// <c>TemplateBuiltinsTests</c> checks that the names and the kinds of module match Scriban's own.
    /// </summary>
    public static ScriptObject Create()
    {
        var functions = new ScriptObject(12);
        functions.SetValue("array", new ArrayFunctions(), true);
        functions.SetValue("empty", EmptyScriptObject.Default, true);
        functions.SetValue("blank", EmptyScriptObject.Default, true);
        functions.SetValue("include", new DirectInclude(new IncludeFunction()), true);
        functions.SetValue("include_join", new IncludeJoinFunction(), true);
        functions.SetValue(DateTimeFunctions.DateVariable.Name, new DateTimeFunctions(), true);
        functions.SetValue("html", new HtmlFunctions(), true);
        functions.SetValue("math", new MathFunctions(), true);
        functions.SetValue("object", new ObjectFunctions(), true);
        functions.SetValue("regex", new RegexFunctions(), true);
        functions.SetValue("string", new StringFunctions(), true);
        functions.SetValue("timespan", new TimeSpanFunctions(), true);
        return functions;
    }
}
