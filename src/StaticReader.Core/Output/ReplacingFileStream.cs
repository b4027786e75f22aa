namespace StaticReader.Core.Output;

/// <summary>
/// An unbuffered file stream that writes a temporary file beside its target and renames it over the target when disposed
/// (unbuffered as <see cref="IOutputSink.Create"/> says).
/// </summary>
internal sealed class ReplacingFileStream(string target) : FileStream(TemporaryFor(target), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0)
{
    private bool moved;

    /// <summary>The temporary file for <paramref name="target"/>: beside it, so the rename stays on one file system.</summary>
    public static string TemporaryFor(string target) => target + ".tmp-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !moved)
        {
            moved = true;
            File.Move(Name, target, overwrite: true);
        }
    }
}
