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
                    for (var child = containerInline.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }
    }

    /// <summary>Every block of type <typeparamref name="T"/> under <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<T> BlocksOf<T>(Block root) where T : Block
    {
        if (root is T match)
        {
            yield return match;
        }

        if (root is ContainerBlock container)
        {
            foreach (var child in container)
            {
                foreach (var descendant in BlocksOf<T>(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
