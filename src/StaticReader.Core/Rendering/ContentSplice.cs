using Scriban;
using Scriban.Syntax;

namespace StaticReader.Core.Rendering;

/// <summary>
/// Whether a page's content can be spliced into the output of <c>base</c> instead of being handed to it as a string,
/// and likewise its markdown body into the output of its layout. As a string, the content is the largest allocation of
/// every page (a glossary term page with hundreds of backlinks makes one of several hundred kilobytes, on the
/// large-object heap), made only to be copied once into base's output; the body is already UTF-8 and would be decoded
/// only to be encoded again. Spliced, base is given <see cref="Marker"/> (the layout <see cref="BodyMarker"/>), and the
/// text is written where the marker is. That gives the same page only when the template does nothing with the member
/// but print it, which is what this checks in the syntax of the template and of every other template it may meet.
/// </summary>
public static class ContentSplice
{
    /// <summary>What base is given as <c>page.content</c> when the content is spliced: text no page contains.</summary>
    public const string Marker = "\u0002staticreader:page.content\u0003";

    /// <summary>What a layout is given as <c>page.body</c> when the body is spliced: text no page contains.</summary>
    public const string BodyMarker = "\u0002staticreader:page.body\u0003";

    /// <summary>
    /// True when <paramref name="shell"/> prints <c>page.content</c> exactly once, in a statement of its own at its top
    /// level (so once per page, not in a loop, a condition or a capture), and neither it nor any of
    /// <paramref name="partials"/> uses <c>page</c> otherwise than to read a member other than <c>content</c>
    /// (no <c>page.content | filter</c>, no <c>page["content"]</c>, no <c>page</c> passed whole to a function).
    /// </summary>
    public static bool IsSafe(Template shell, IEnumerable<Template> partials) => IsSafe(shell, partials, "content");

    /// <summary>
    /// True when <paramref name="printer"/> prints <c>page.</c><paramref name="member"/> exactly once, in a statement of
    /// its own at its top level, and neither it nor any of <paramref name="others"/> uses <c>page</c> otherwise than to
    /// read another member.
    /// </summary>
    public static bool IsSafe(Template printer, IEnumerable<Template> others, string member)
    {
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentNullException.ThrowIfNull(others);
        if (printer.Page?.Body is not { } body)
        {
            return false;
        }

        var printedAtTop = body.Statements.Count(s => s is ScriptExpressionStatement { Expression: ScriptMemberExpression read } && IsPageMember(read, member));
        var inPrinter = PageUses.Of(printer, member);
        return printedAtTop == 1 && inPrinter.Member == 1 && inPrinter.Other == 0
            && others.Select(t => PageUses.Of(t, member)).All(uses => uses.Member == 0 && uses.Other == 0);
    }

    /// <summary>
    /// True when every <c>include</c> in <paramref name="template"/> names a file of <c>partials/</c> literally, so
    /// that the templates a page meets are the layouts and partials checked, and no other file.
    /// </summary>
    public static bool IncludesOnlyPartials(Template template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var includes = new IncludeNames();
        if (template.Page is { } page)
        {
            includes.Visit(page);
        }

        return includes.AllPartials;
    }

    private static bool IsPageMember(ScriptMemberExpression read, string member) =>
        read.Target is ScriptVariableGlobal { Name: "page" } && read.Member?.Name == member;

    /// <summary>Counts the uses of the global <c>page</c> in a template: as <c>page.member</c> of one member, and other than as <c>page.something</c>.</summary>
    private sealed class PageUses(string member) : ScriptVisitor
    {
        private int globals;
        private int members;

        public int Member { get; private set; }

        public int Other => globals - members - Member;

        public static PageUses Of(Template template, string member)
        {
            var uses = new PageUses(member);
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
                if (node.Member?.Name == member)
                {
                    Member++;
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

    /// <summary>
    /// Finds whether every use of <c>include</c> is a call naming a partial with a literal string (any other use, a
    /// computed name or <c>include</c> piped or passed as a value, counts against it).
    /// </summary>
    private sealed class IncludeNames : ScriptVisitor
    {
        private int uses;
        private int partialCalls;

        public bool AllPartials => uses == partialCalls;

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal { Name: "include" } &&
                node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name } && name.StartsWith("partials/", StringComparison.Ordinal))
            {
                partialCalls++;
            }

            base.Visit(node);
        }

        public override void Visit(ScriptVariableGlobal node)
        {
            if (node.Name == "include")
            {
                uses++;
            }

            base.Visit(node);
        }
    }
}
