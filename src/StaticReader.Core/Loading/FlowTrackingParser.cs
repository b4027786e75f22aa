using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticReader.Core.Loading;

/// <summary>
/// A YAML parser that remembers where each open collection began, so that a parse that fails without a position
/// (YamlDotNet throws <see cref="InvalidOperationException"/> for some unclosed brackets) can still be reported at
/// the <c>[</c> or <c>{</c> the writer forgot to close.
/// </summary>
internal sealed class FlowTrackingParser(TextReader reader) : IParser
{
    private readonly Parser inner = new(reader);
    private readonly Stack<(bool IsFlow, Mark Start)> open = new();

    /// <summary>The start of the innermost flow collection (<c>[ … ]</c> or <c>{ … }</c>) still open, if any.</summary>
    public Mark? OpenFlow => open.Where(c => c.IsFlow).Select(c => (Mark?)c.Start).FirstOrDefault();

    /// <summary>Where the last event parsed successfully ended.</summary>
    public Mark LastKnown { get; private set; } = Mark.Empty;

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        switch (inner.Current)
        {
            case SequenceStart sequence:
                open.Push((sequence.Style == SequenceStyle.Flow, sequence.Start));
                break;
            case MappingStart mapping:
                open.Push((mapping.Style == MappingStyle.Flow, mapping.Start));
                break;
            case SequenceEnd or MappingEnd when open.Count > 0:
                open.Pop();
                break;
        }

        if (inner.Current is { } current)
        {
            LastKnown = current.End;
        }

        return moved;
    }
}
