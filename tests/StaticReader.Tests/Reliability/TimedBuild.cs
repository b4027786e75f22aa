using StaticReader.Core.Pipeline;

namespace StaticReader.Tests.Reliability;

/// <summary>Runs an in-process build with a time limit, so that a hang fails the test instead of stalling the run.</summary>
public static class TimedBuild
{
    /// <summary>Builds with <paramref name="options"/>; fails the calling test when it takes longer than <paramref name="limit"/>.</summary>
    public static BuildResult Run(BuildOptions options, TimeSpan limit) => Run(() => SiteBuilder.Build(options), limit, options.InputDir);

    /// <summary>Runs <paramref name="build"/>; fails the calling test when it takes longer than <paramref name="limit"/>.</summary>
    public static BuildResult Run(Func<BuildResult> build, TimeSpan limit, string what)
    {
        var task = Task.Run(build);
        if (!task.Wait(limit))
        {
            Assert.Fail($"the build of {what} did not finish within {limit.TotalSeconds:F0} s (a hang?)");
        }

        return task.GetAwaiter().GetResult();
    }
}
