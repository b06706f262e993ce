using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;
using PolicyRules.Snapshots;
using Xunit.Abstractions;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// The compiled evaluator against NRules' Rete network, the reference: every canonical scenario and a generated sample
/// must give the same canonical verdict JSON byte for byte (or the same failure, naming the same rule) under both.
/// The 1,000,000-case run is the same comparison (benchmarks/README.md, "Differential run").
/// </summary>
public sealed class EvaluatorDifferentialTests(ITestOutputHelper output)
{
    /// <summary>How many generated cases the differential test compares.</summary>
    public const int GeneratedSample = 20_000;

    /// <summary>The seed of the generated sample (any fixed seed; a failure names the case index to replay).</summary>
    public const int Seed = 17;

    private static readonly Lazy<EvaluatorComparison> Comparison = new(() => new EvaluatorComparison(Build(PolicyEvaluator.Rete), Build(PolicyEvaluator.Compiled)));

    [Fact]
    public void The_corpus_runs_on_the_compiled_evaluator_by_default()
    {
        Assert.Equal(PolicyEvaluator.Compiled, ScenarioCorpusTests.Engine.Evaluator);
        Assert.Equal(PolicyEvaluator.Rete, Build(PolicyEvaluator.Rete).Evaluator);
    }

    [Theory]
    [MemberData(nameof(ScenarioCorpusTests.ScenarioNames), MemberType = typeof(ScenarioCorpusTests))]
    public void Scenario_gives_the_same_verdict_on_both_evaluators(string scenario)
    {
        var policyCase = CaseReader.ReadFile(ScenarioCorpusTests.Corpus.Single(s => s.CasePath.EndsWith(scenario, StringComparison.Ordinal)).CasePath);

        var difference = Comparison.Value.Compare(policyCase);

        Assert.True(difference is null, $"{scenario}: {difference}");
    }

    [Fact]
    public void Generated_sample_gives_the_same_verdicts_on_both_evaluators()
    {
        var result = Comparison.Value.CompareGenerated(GeneratedSample, Seed);

        output.WriteLine(EvaluatorComparison.Report(result, Seed));
        Assert.Equal(GeneratedSample, result.Cases);
        Assert.True(result.DifferenceCount == 0, EvaluatorComparison.Report(result, Seed));
        Assert.True(result.Outcomes.Keys.Count(k => k.StartsWith("interpol ", StringComparison.Ordinal)) >= 2, "the sample reaches only one INTERPOL outcome, so it proves little");
    }

    private static PolicyEngine Build(PolicyEvaluator evaluator)
    {
        // Semantics, not speed: on a loaded machine the time budget could cut one evaluator's what-if short and not the other's.
        var options = new PolicyEngineOptions { Evaluator = evaluator, MaxEvaluationTime = TimeSpan.FromHours(1) };
        options.AddRuleSet(InterpolRuleSet.Assembly).AddRuleSet(UsExtraditionRuleSet.Assembly).AddRuleSet(UsImmigrationRuleSet.Assembly);
        return PolicyEngine.Create(options);
    }
}
