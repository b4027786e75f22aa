using StaticReader.Core.Diagnostics;

namespace StaticReader.Core.Loading;

/// <summary>
/// Reads <c>input/data/*.yml</c>, <c>*.yaml</c>, <c>*.json</c> and <c>*.csv</c>: each file is one value layouts read as
/// <c>site.data.&lt;name&gt;</c>, its name the file name without the extension (a CSV file is a list of rows: see
/// <see cref="CsvDataReader"/>). Subfolders are not read (charts may still draw from a CSV file there).
/// </summary>
public static class DataFiles
{
    /// <summary>The extensions read as data.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".yml", ".yaml", ".json", ".csv"];

    /// <summary>
    /// Each data file's value by name, in name order: text, numbers, booleans, null, lists and name-to-value maps (see
    /// <see cref="DataValueReader"/> and <see cref="CsvDataReader"/>). A file that fails to parse is reported at its line and column and left out.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Read(string inputDir, string inputDisplay, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(inputDir, "data");
        var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        // The scanner refuses symbolic links that leave input/, as it does for content and assets: a layout must not be
        // able to publish a file from elsewhere on the machine. Only the folder's own files are data (no subfolders).
        var files = InputScanner.Scan(folder, $"{inputDisplay}/data", diagnostics, inputDir)
            .Where(f => !f.RelativePath.Contains('/') && IsDataFile(f.RelativePath));
        foreach (var file in files)
        {
            var (path, display) = (file.FullPath, file.DisplayPath);
            var name = Path.GetFileNameWithoutExtension(path);
            if (seen.TryGetValue(name, out var earlier))
            {
                diagnostics.Error(display, 0, 0, $"the data name '{name}' is given twice: by this file and by {earlier}",
                    "rename or delete one of the two files: each file is site.data.<its name>");
                continue;
            }

            seen.Add(name, display);
            if (ReadOne(path, display, diagnostics, out var value))
            {
                result[name] = value;
            }
        }

        return result;
    }

    /// <summary>True for a file this reader takes: a data extension, not hidden (editor swap files start with '.').</summary>
    public static bool IsDataFile(string path) =>
        !Path.GetFileName(path).StartsWith('.') && Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static bool ReadOne(string path, string display, DiagnosticBag diagnostics, out object? value)
    {
        value = null;
        var text = InputFileReader.Text(path, display, diagnostics);
        return text is not null && Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => DataValueReader.TryJson(text, display, diagnostics, out value),
            ".csv" => CsvDataReader.TryCsv(text, display, diagnostics, out value),
            _ => DataValueReader.TryYaml(text, display, diagnostics, out value),
        };
    }
}
