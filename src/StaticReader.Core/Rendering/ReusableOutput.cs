using Scriban.Runtime;

namespace StaticReader.Core.Rendering;

/// <summary>
/// A Scriban output that writes into pieces of one size, cleared and reused page after page on the same thread.
/// Scriban's own output is a fresh <see cref="System.Text.StringBuilder"/> per render, which grows chunk by chunk
/// through every page: on 4,000 pages those chunks were a sixth of all the bytes a build allocated. The text is read
/// back in its pieces (<see cref="Segments"/>), never as one array.
/// </summary>
public sealed class ReusableOutput : IScriptOutput
{
    // 16,384 characters (32 KB) a piece, well below the large object heap's 85,000 bytes. One growing array reached
    // twice the size of a page of megabytes (an index of thousands of pages), every array on the way was a large object
    // made and dropped for each such page, and those set off full collections that paused the whole build.
    private const int PieceLength = 16 * 1024;

    // The pieces a page of more than a million characters added are dropped at Clear, not kept for the rest of the build.
    private const int KeepPieces = 64;

    private readonly List<char[]> pieces = [new char[PieceLength]];
    private int length;

    /// <summary>How many characters were written since the last <see cref="Clear"/>.</summary>
    public int Length => length;

    /// <summary>
    /// When set, <see cref="ToString"/> returns an empty string: <see cref="Scriban.Template.Render(Scriban.TemplateContext)"/>
    /// always turns its output into a string, and a caller that reads <see cref="Segments"/> instead has no use for it.
    /// <see cref="Clear"/> unsets it.
    /// </summary>
    public bool ToStringGivesEmpty { get; set; }

    /// <summary>Forgets the text written, keeping the pieces (unless one page needed very many).</summary>
    public void Clear()
    {
        length = 0;
        ToStringGivesEmpty = false;
        if (pieces.Count > KeepPieces)
        {
            pieces.RemoveRange(KeepPieces, pieces.Count - KeepPieces);
        }
    }

    /// <inheritdoc />
    public void Write(string text, int offset, int count)
    {
        var source = text.AsSpan(offset, count);
        while (source.Length > 0)
        {
            var (piece, at) = (length / PieceLength, length % PieceLength);
            if (piece == pieces.Count)
            {
                pieces.Add(new char[PieceLength]);
            }

            var taken = Math.Min(source.Length, PieceLength - at);
            source[..taken].CopyTo(pieces[piece].AsSpan(at));
            length += taken;
            source = source[taken..];
        }
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The characters <paramref name="from"/> to <paramref name="to"/> (exclusive) of the text, in order, piece by piece.</summary>
    public IEnumerable<ReadOnlyMemory<char>> Segments(int from, int to)
    {
        for (var at = from; at < to;)
        {
            var offset = at % PieceLength;
            var taken = Math.Min(to - at, PieceLength - offset);
            yield return pieces[at / PieceLength].AsMemory(offset, taken);
            at += taken;
        }
    }

    /// <summary>Where <paramref name="marker"/> first occurs in the text (also across two pieces), or -1.</summary>
    public int IndexOf(string marker)
    {
        var edge = marker.Length - 1;
        Span<char> across = edge <= 128 ? stackalloc char[2 * edge] : new char[2 * edge];
        for (var start = 0; start < length; start += PieceLength)
        {
            var piece = pieces[start / PieceLength].AsSpan(0, Math.Min(PieceLength, length - start));
            var inside = piece.IndexOf(marker, StringComparison.Ordinal);
            if (inside >= 0)
            {
                return start + inside;
            }

            // One that starts in this piece's last characters and ends in the next one's first.
            var next = start + PieceLength;
            if (edge > 0 && next < length && piece.Length >= edge)
            {
                var head = pieces[next / PieceLength].AsSpan(0, Math.Min(edge, length - next));
                piece[^edge..].CopyTo(across);
                head.CopyTo(across[edge..]);
                var straddling = across[..(edge + head.Length)].IndexOf(marker, StringComparison.Ordinal);
                if (straddling >= 0)
                {
                    return next - edge + straddling;
                }
            }
        }

        return -1;
    }

    /// <summary>The text written, as a string (what <see cref="Scriban.Template.Render(Scriban.TemplateContext)"/> returns).</summary>
    public override string ToString() => ToStringGivesEmpty ? "" : string.Create(length, this, static (text, output) =>
    {
        foreach (var segment in output.Segments(0, output.length))
        {
            segment.Span.CopyTo(text);
            text = text[segment.Length..];
        }
    });
}
