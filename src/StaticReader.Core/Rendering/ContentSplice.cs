using Scriban;
using Scriban.Syntax;

namespace StaticReader.Core.Rendering;

/// <summary>
/// Whether a page's content can be spliced into the output of <c>base</c> instead of being handed to it as a string.
/// As a string, the content is the largest allocation of every page (a glossary term page with hundreds of backlinks
/// makes one of several hundred kilobytes, on the large-object heap), made only to be copied once into base's output.
/// Spliced, base is given <see cref="Marker"/>, and the content is written where the marker is. That gives the same
/// page only when base does nothing with <c>page.content</c> but print it, which is what this checks in the syntax of
/// base and of every partial it may include.
/// </summary>
public static class ContentSplice
{
    /// <summary>What base is given as <c>page.content</c> when the content is spliced: text no page contains.</summary>
    public const string Marker = "\u0002staticreader:page.content\u0003";

    /// <summary>
    /// True when <paramref name="shell"/> prints <c>page.content</c> exactly once, in a statement of its own at its top
    /// level (so once per page, not in a loop, a condition or a capture), and neither it nor any of
    /// <paramref name="partials"/> uses <c>page</c> otherwise than to read a member other than <c>content</c>
    /// (no <c>page.content | filter</c>, no <c>page["content"]</c>, no <c>page</c> passed whole to a function).
    /// </summary>
    public static bool IsSafe(Template shell, IEnumerable<Template> partials)
    {
        ArgumentNullException.ThrowIfNull(shell);
        ArgumentNullException.ThrowIfNull(partials);
        if (shell.Page?.Body is not { } body)
        {
            return false;
        }

        var printedAtTop = body.Statements.Count(s => s is ScriptExpressionStatement { Expression: ScriptMemberExpression member } && IsPageContent(member));
        var inShell = PageUses.Of(shell);
        return printedAtTop == 1 && inShell.Content == 1 && inShell.Other == 0
            && partials.Select(PageUses.Of).All(uses => uses.Content == 0 && uses.Other == 0);
    }

    private static bool IsPageContent(ScriptMemberExpression member) =>
        member.Target is ScriptVariableGlobal { Name: "page" } && member.Member?.Name == "content";

    /// <summary>Counts the uses of the global <c>page</c> in a template: as <c>page.content</c>, and other than as <c>page.member</c>.</summary>
    private sealed class PageUses : ScriptVisitor
    {
        private int globals;
        private int members;

        public int Content { get; private set; }

        public int Other => globals - members - Content;

        public static PageUses Of(Template template)
        {
            var uses = new PageUses();
            if (template.Page is { } page)
            {
                uses.Visit(page);
            }

            return uses;
        }

        public override void Visit(ScriptMemberExpression node)
        {
            if (node.Target is ScriptVariableGlobal { Name: "page" })
            {
                if (node.Member?.Name == "content")
                {
                    Content++;
                }
                else
                {
                    members++;
                }
            }

            base.Visit(node);
        }

        public override void Visit(ScriptVariableGlobal node)
        {
            if (node.Name == "page")
            {
                globals++;
            }

            base.Visit(node);
        }
    }
}
