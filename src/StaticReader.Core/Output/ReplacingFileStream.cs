namespace StaticReader.Core.Output;

/// <summary>A file stream that writes a temporary file beside its target and renames it over the target when disposed.</summary>
internal sealed class ReplacingFileStream(string target) : FileStream(TemporaryFor(target), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16)
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
