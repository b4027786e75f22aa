using System.Diagnostics;

namespace StaticReader.Core.Pipeline;

/// <summary>Times the stages of one build, in order, and tells the caller after each one (progress output).</summary>
public sealed class StageClock(Action<string, TimeSpan>? onStage)
{
    private readonly List<(string, TimeSpan)> timings = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();

    /// <summary>Each stage's name and duration so far.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings => timings;

    /// <summary>Runs one stage and records its duration.</summary>
    public T Stage<T>(string name, Func<T> run)
    {
        var result = run();
        Record(name);
        return result;
    }

    /// <summary>Runs one stage that returns nothing and records its duration.</summary>
    public void Stage(string name, Action run)
    {
        run();
        Record(name);
    }

    private void Record(string name)
    {
        timings.Add((name, clock.Elapsed));
        onStage?.Invoke(name, clock.Elapsed);
        clock.Restart();
    }
}
