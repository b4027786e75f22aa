namespace StaticReader.Core.Output;

/// <summary>A sink that keeps nothing: emitters still run (and report their errors) for a build that cannot publish.</summary>
public sealed class DiscardingSink : IOutputSink
{
    private int fileCount;

    /// <inheritdoc />
    public int FileCount => Volatile.Read(ref fileCount);

    /// <inheritdoc />
    public Stream Create(string path)
    {
        Interlocked.Increment(ref fileCount);
        return Stream.Null;
    }

    /// <inheritdoc />
    public void Copy(string sourceFile, string path) => Interlocked.Increment(ref fileCount);
}
