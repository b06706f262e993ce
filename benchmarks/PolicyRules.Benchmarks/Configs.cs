using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace PolicyRules.Benchmarks;

/// <summary>
/// Per-case benchmarks: enough warm-up for NRules' code to reach its final tier (it needs thousands of evaluations), then
/// 15 measured iterations; the median is the figure the targets are read from.
/// </summary>
public sealed class PerCaseConfig : ManualConfig
{
    public PerCaseConfig()
    {
        AddJob(Job.Default
            .WithId("PerCase")
            .WithLaunchCount(1)
            .WithWarmupCount(10)
            .WithIterationCount(15)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}

/// <summary>Engine construction is a one-off and takes up to seconds: one call per iteration, a few iterations.</summary>
public sealed class CompileConfig : ManualConfig
{
    public CompileConfig()
    {
        AddJob(Job.Default
            .WithId("Compile")
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
        AddColumn(StatisticColumn.Median);
    }
}
