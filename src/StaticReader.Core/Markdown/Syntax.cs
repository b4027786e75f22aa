using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown;

/// <summary>
/// Tree walks over a Markdig document in document order. Written out here because every pass needs the
/// same traversal (blocks, then each leaf block's inlines, depth first) and it must reach every inline.
/// </summary>
public static class Syntax
{
    /// <summary>Every inline of type <typeparamref name="T"/> under <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<T> InlinesOf<T>(MarkdownObject root) where T : Inline
    {
        var stack = new Stack<MarkdownObject>();
        var children = new List<Inline>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is T match)
            {
                yield return match;
            }

            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push(container[i]);
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push(inline);
                    break;
                case ContainerInline containerInline:
                    // Forward, then pushed in reverse: after inlines are replaced, only the forward links
                    // (FirstChild, NextSibling) are sure to be right.
                    children.Clear();
                    for (var child = containerInline.FirstChild; child is not null; child = child.NextSibling)
                    {
                        children.Add(child);
                    }

                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        stack.Push(children[i]);
                    }

                    break;
            }
        }
    }

    /// <summary>Every block of type <typeparamref name="T"/> under <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<T> BlocksOf<T>(Block root) where T : Block
    {
        // One explicit stack in document order: nested iterators, one per block, were tens of megabytes on a large site.
        var stack = new Stack<Block>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            if (block is T match)
            {
                yield return match;
            }

            if (block is ContainerBlock container)
            {
                for (var i = container.Count - 1; i >= 0; i--)
                {
                    stack.Push(container[i]);
                }
            }
        }
    }

    /// <summary>
    /// How deeply blocks and inlines nest under <paramref name="root"/> (measured without recursion), and every inline
    /// that carries a URL (<see cref="LinkInline"/>, <see cref="AutolinkInline"/>), in document order: one walk that
    /// reaches every node, so no syntax that yields a link can slip past the URL checks.
    /// </summary>
    public static (int Depth, IReadOnlyList<Inline> UrlInlines) Survey(MarkdownObject root)
    {
        var deepest = 0;
        var urls = new List<Inline>();
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        var children = new List<Inline>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push((container[i], depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case AutolinkInline:
                    urls.Add((Inline)node);
                    break;
                case ContainerInline containerInline:
                    if (node is LinkInline)
                    {
                        urls.Add(containerInline);
                    }

                    children.Clear();
                    for (var child = containerInline.FirstChild; child is not null; child = child.NextSibling)
                    {
                        children.Add(child);
                    }

                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        stack.Push((children[i], depth + 1));
                    }

                    break;
            }
        }

        return (deepest, urls);
    }
}
