// usage: SearchIndexBench DOCS_JSON LUNR_INPUT_JSON [RUNS]
// Reads StaticReader's search/docs.json (ref -> title, aliases, summary, passages), writes the same
// documents as the JSON array that tests/lunr/build-index.js reads, then builds and serializes the
// lunr index RUNS times with StaticReader's own builder. Prints one JSON line per run on stdout:
// {"run":1,"documents":N,"buildMs":...,"serializeMs":...,"bytes":...,"sha256":"..."}.
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StaticReader.Core.Search;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SearchIndexBench DOCS_JSON LUNR_INPUT_JSON [RUNS]");
    return 2;
}

var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
var documents = new List<SearchDocument>();
using (var json = JsonDocument.Parse(File.ReadAllBytes(args[0])))
{
    foreach (var property in json.RootElement.EnumerateObject())
    {
        var d = property.Value;
        // The body as StaticReader indexes it (Rendering/SearchData.cs): the page's passage texts, one per line.
        var body = string.Join('\n', d.GetProperty("passages").EnumerateArray().Select(p => p[1].GetString() ?? ""));
        documents.Add(new SearchDocument(property.Name, d.GetProperty("title").GetString() ?? "",
            d.GetProperty("aliases").GetString() ?? "", d.GetProperty("summary").GetString() ?? "", body));
    }
}

using (var stream = File.Create(args[1]))
using (var writer = new Utf8JsonWriter(stream))
{
    writer.WriteStartArray();
    foreach (var d in documents)
    {
        writer.WriteStartObject();
        writer.WriteString("ref", d.Ref);
        writer.WriteString("title", d.Title);
        writer.WriteString("aliases", d.Aliases);
        writer.WriteString("summary", d.Summary);
        writer.WriteString("body", d.Body);
        writer.WriteEndObject();
    }

    writer.WriteEndArray();
}

for (var run = 1; run <= runs; run++)
{
    var clock = Stopwatch.StartNew();
    var index = LunrIndexBuilder.Build(documents);
    var built = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    var text = LunrIndexSerializer.ToJson(index);
    var serialized = clock.Elapsed.TotalMilliseconds;
    var bytes = Encoding.UTF8.GetBytes(text);
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        run,
        documents = documents.Count,
        buildMs = Math.Round(built, 1),
        serializeMs = Math.Round(serialized, 1),
        bytes = bytes.Length,
        sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
    }));
}

return 0;
