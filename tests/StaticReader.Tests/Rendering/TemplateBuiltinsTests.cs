using Scriban.Functions;
using Scriban.Runtime;
using StaticReader.Core.Rendering;

namespace StaticReader.Tests.Rendering;

/// <summary>The layouts' built-in functions are Scriban's own, module for module, with the direct include.</summary>
public sealed class TemplateBuiltinsTests
{
    [Fact]
    public void Every_module_of_Scribans_builtins_is_there_and_of_the_same_kind()
    {
        var scribans = new BuiltinFunctions();
        var ours = TemplateBuiltins.Create();
        Assert.Equal(scribans.Keys.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        foreach (var name in scribans.Keys.Where(k => k != "include"))
        {
            Assert.Equal(scribans[name]!.GetType(), ours[name]!.GetType());
            Assert.Equal(scribans.CanWrite(name), ours.CanWrite(name));
        }

        Assert.IsType<DirectInclude>(ours["include"]);
    }

    [Fact]
    public void Each_module_holds_the_same_functions()
    {
        var scribans = new BuiltinFunctions();
        var ours = TemplateBuiltins.Create();
        foreach (var name in scribans.Keys.Where(k => scribans[k] is ScriptObject))
        {
            var expected = ((ScriptObject)scribans[name]!).Keys.Order(StringComparer.Ordinal);
            Assert.Equal(expected, ((ScriptObject)ours[name]!).Keys.Order(StringComparer.Ordinal));
        }
    }
}
