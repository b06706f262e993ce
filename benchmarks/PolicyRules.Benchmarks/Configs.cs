using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PolicyRules.Benchmarks;

// Both jobs run in-process: on this shared 2-core machine the default out-of-process toolchain's generated-project build
// exceeds BenchmarkDotNet's 120 s build timeout, and in-process measures the same JIT-compiled code.

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
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithToolchain(InProcessEmitToolchain.Instance));
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
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.Median);
    }
}
