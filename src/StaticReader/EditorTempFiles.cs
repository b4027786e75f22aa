namespace StaticReader.Cli;

/// <summary>
/// The files editors and tools write beside the one being saved and delete a moment later: vim's <c>4913</c> probe and
/// swap files, <c>sed -i</c>'s <c>sedXXXXXX</c>, backups ending in <c>~</c>, Emacs's <c>#file#</c>. They are not content,
/// so serve neither rebuilds for them nor lists them.
/// </summary>
public static class EditorTempFiles
{
    /// <summary>True when <paramref name="path"/> names an editor's temporary file.</summary>
    public static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || (name.StartsWith('#') && name.EndsWith('#')))
        {
            return true;
        }

        var extension = Path.GetExtension(name);
        if (extension is ".swp" or ".swx" or ".swo" or ".tmp" or ".bak" || name.Contains("___jb_", StringComparison.Ordinal))
        {
            return true;
        }

        // No extension: vim's numeric probe (4913, 5036…) and sed's "sed" + six random characters.
        return extension.Length == 0 && (name.All(char.IsAsciiDigit) || (name.Length == 9 && name.StartsWith("sed", StringComparison.Ordinal)));
    }
}
