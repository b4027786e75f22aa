using System.Text.Json.Serialization;

namespace StaticReader.BrowserTests.Support;

/// <summary>
/// One page in one form factor as <c>tests/lighthouse/run-lighthouse.mjs</c> reports it: the category scores
/// (0–100; Performance the median of its runs), every run's Performance, and the audits that cost points per category.
/// </summary>
public sealed record LighthouseResult(
    [property: JsonPropertyName("page")] string Page,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("formFactor")] string FormFactor,
    [property: JsonPropertyName("scores")] IReadOnlyDictionary<string, int> Scores,
    [property: JsonPropertyName("performanceRuns")] IReadOnlyList<int> PerformanceRuns,
    [property: JsonPropertyName("failing")] IReadOnlyDictionary<string, IReadOnlyList<string>> Failing,
    [property: JsonPropertyName("errors")] IReadOnlyList<string> Errors);
