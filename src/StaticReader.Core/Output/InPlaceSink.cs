namespace StaticReader.Core.Output;

/// <summary>
/// Replaces files of a folder that is being served: each file is written beside its target and renamed over it when its
/// stream is disposed, so a reader never sees half a page.
/// </summary>
public sealed class InPlaceSink(string root) : FolderSink(root)
{
    /// <inheritdoc />
    protected override Stream Open(string target) => new ReplacingFileStream(target);

    /// <inheritdoc />
    protected override void CopyTo(string sourceFile, string target)
    {
        var temporary = ReplacingFileStream.TemporaryFor(target);
        File.Copy(sourceFile, temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
    }
}
