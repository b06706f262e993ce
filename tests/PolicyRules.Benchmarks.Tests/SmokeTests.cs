using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PolicyRules.Benchmarks.Synthetic;
using PolicyRules.Engine;

namespace PolicyRules.Benchmarks.Tests;

/// <summary>
/// Keeps the suite from rotting: every benchmark runs once (BenchmarkDotNet's dry job, in-process) and must finish without
/// an error. Nothing here looks at a time; the timings come from the real run (benchmarks/README.md).
/// </summary>
public sealed class SmokeTests
{
    [Fact]
    public void Every_benchmark_runs_once_without_errors()
    {
        SuiteJobs.FromCommandLine = true;
        SuiteJobs.Smoke = true;
        using var artifacts = new Testing.TestPaths.TempFolder();
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(artifacts.Path)
            // Tests build in Debug; the dry pass checks that benchmarks run, not how fast.
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Workloads).Assembly).RunAll(config);

        var reports = summaries.SelectMany(s => s.Reports).ToList();
        Assert.NotEmpty(reports);
        Assert.All(summaries, s => Assert.False(s.HasCriticalValidationErrors, string.Join("; ", s.ValidationErrors.Select(e => e.Message))));
        Assert.All(reports, r => Assert.True(r.Success, $"{r.BenchmarkCase.DisplayInfo} failed"));
        // One benchmark per class at least: per case, subset (three ways), compile, both growth axes.
        Assert.True(reports.Count >= 15, $"only {reports.Count} benchmark cases ran");
    }

    [Fact]
    public void The_profiling_loop_prints_each_phase_and_the_allocated_types()
    {
        using var output = new StringWriter();

        Profiling.ProfileLoop.Run(output, evaluations: 20, warmUp: 5);

        var text = output.ToString();
        Assert.Contains("create the session", text, StringComparison.Ordinal);
        Assert.Contains("create + insert + fire", text, StringComparison.Ordinal);
        Assert.Contains("Evaluate (all of it, with the verdict)", text, StringComparison.Ordinal);
        Assert.Matches(@"%\s+\S*NRules", text);
    }

    [Fact]
    public void Synthetic_rule_sets_load_through_the_policy_engine_with_the_asked_size()
    {
        var engine = PolicyEngine.Create(SyntheticRuleSets.WithRules(12));

        Assert.Equal(12, engine.Rules.Length);
        Assert.Equal("synthetic-12", Assert.Single(engine.RuleSets).Name);
        Assert.NotNull(engine.Evaluate(Generation.CaseGenerator.Generate(1)));
    }
}
