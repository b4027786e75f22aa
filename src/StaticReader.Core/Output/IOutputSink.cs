namespace StaticReader.Core.Output;

/// <summary>
/// Where emitters put the site's files. A build writes into a staging folder that is published atomically; serve
/// replaces single files of the folder it serves. Emitters never know which.
/// </summary>
public interface IOutputSink
{
    /// <summary>
    /// Opens the file at <paramref name="path"/> (relative to the site root, '/'-separated) for writing; any folders are
    /// created. The file is complete, and visible as such, once the stream is disposed. Safe to call from several threads.
    /// The stream is unbuffered: write the file in one call, as pages are, or wrap the stream in a
    /// <see cref="BufferedStream"/> to write it in many small pieces.
    /// </summary>
    Stream Create(string path);

    /// <summary>Puts a copy of an existing file at <paramref name="path"/>, without reading it into memory.</summary>
    void Copy(string sourceFile, string path);

    /// <summary>How many files were created or copied so far.</summary>
    int FileCount { get; }
}
