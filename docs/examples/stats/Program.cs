using StaticReader.Core.Pipeline;
using StaticReader.Examples.Stats;

// Builds input/ with the built-in features and the stats extension: `dotnet run -- input theme output`.
var (input, theme, output) = args is [var i, var t, var o] ? (i, t, o) : ("input", "theme", "output");
var result = SiteBuilder.Build(new BuildOptions(input, theme, output) { Extensions = [new StatsExtension()] });
foreach (var diagnostic in result.Diagnostics)
{
    Console.Error.WriteLine(diagnostic);
}

return result.Published ? 0 : 1;
