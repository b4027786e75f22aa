using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticReader.Core.Theme;

/// <summary>
/// Resolves <c>include</c> names against the theme's <c>layouts/</c> folder and refuses any path that
/// would escape it, so a layout can never read arbitrary files.
/// </summary>
public sealed class ThemeTemplateLoader(string layoutsDir) : ITemplateLoader
{
    private readonly string root = Path.GetFullPath(layoutsDir) + Path.DirectorySeparatorChar;

    // Every page includes the same few partials: each name is resolved once, not once per include of every page.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> resolved = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var full = resolved.GetOrAdd(templateName, name => Path.GetFullPath(Path.Combine(root, name)));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"the include '{templateName}' is outside the theme's layouts folder");
        }

        return full;
    }

    /// <inheritdoc />
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan,
                $"the include '{Path.GetRelativePath(root, templatePath).Replace('\\', '/')}' does not exist: there is no {Loading.LoadContent.DisplayPath(templatePath)}");

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
