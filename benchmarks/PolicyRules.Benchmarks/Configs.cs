using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PolicyRules.Benchmarks;

// Both jobs run in-process: on this shared 2-core machine the default out-of-process toolchain's generated-project build
// exceeds BenchmarkDotNet's 120 s build timeout, and in-process measures the same JIT-compiled code.

/// <summary>Whether the jobs come from the command line (e.g. <c>--job dry</c> for the smoke pass) instead of the suite's own.</summary>
public static class SuiteJobs
{
    /// <summary>When set, the per-class configs add no job, so only the job given on the command line (or by a test) runs.</summary>
    public static bool FromCommandLine { get; set; }

    /// <summary>
    /// Set by the smoke test in <c>dotnet test</c>, which checks that the benchmarks run: synthetic rule sets are multiples
    /// of 4 rules instead of the built-in rule count, and the cold-start benchmark runs only the build already on disk
    /// instead of publishing a ReadyToRun copy first.
    /// </summary>
    public static bool Smoke { get; set; }
}

/// <summary>
/// Per-case benchmarks: enough warm-up for NRules' code to reach its final tier (it needs thousands of evaluations), then
/// 10 measured iterations; the median is the figure the targets are read from.
/// </summary>
public sealed class PerCaseConfig : ManualConfig
{
    // The default in-process limit (5 minutes per benchmark) killed a run on a loaded machine at the 100-charge case.
    internal static readonly InProcessEmitToolchain InProcess = new(TimeSpan.FromMinutes(30), true);

    public PerCaseConfig()
    {
        if (SuiteJobs.FromCommandLine)
        {
            return;
        }

        AddJob(Job.Default
            .WithId("PerCase")
            .WithLaunchCount(1)
            .WithWarmupCount(6)
            .WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithToolchain(PerCaseConfig.InProcess));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}

/// <summary>Engine construction is a one-off and takes up to seconds: one call per iteration, a few iterations.</summary>
public sealed class CompileConfig : ManualConfig
{
    public CompileConfig()
    {
        if (SuiteJobs.FromCommandLine)
        {
            return;
        }

        AddJob(OneCallPerIteration.Job("Compile", warmups: 1, iterations: 3));
        AddColumn(StatisticColumn.Median);
    }
}

/// <summary>
/// Whole-process benchmarks: each operation starts a process and waits for it, so one call per iteration, a warm-up
/// (disk cache, the dotnet host's own caches) and enough iterations for a median on a noisy machine.
/// </summary>
public sealed class ProcessConfig : ManualConfig
{
    public ProcessConfig()
    {
        if (SuiteJobs.FromCommandLine)
        {
            return;
        }

        AddJob(OneCallPerIteration.Job("Process", warmups: 2, iterations: 15));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
    }
}

/// <summary>The job of operations long enough to time one by one (BenchmarkDotNet's monitoring strategy), in-process.</summary>
internal static class OneCallPerIteration
{
    public static Job Job(string id, int warmups, int iterations) => BenchmarkDotNet.Jobs.Job.Default
        .WithId(id)
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(warmups)
        .WithIterationCount(iterations)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithToolchain(PerCaseConfig.InProcess);
}
