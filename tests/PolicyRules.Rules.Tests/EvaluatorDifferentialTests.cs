using System.Collections.Concurrent;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Generation;
using PolicyRules.Json;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using Xunit.Abstractions;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// The compiled evaluator against NRules' Rete network, the reference: every canonical scenario and a generated sample
/// must give the same canonical verdict JSON byte for byte (or the same failure, naming the same rule) under both.
/// </summary>
public sealed class EvaluatorDifferentialTests(ITestOutputHelper output)
{
    /// <summary>How many generated cases the differential test compares; the documented 1,000,000-case run uses the same check.</summary>
    public const int GeneratedSample = 20_000;

    /// <summary>The seed of the generated sample (any fixed seed; a failure names the case index to replay).</summary>
    public const int Seed = 17;

    private static readonly Lazy<PolicyEngine> Rete = new(() => Build(PolicyEvaluator.Rete));

    private static readonly Lazy<PolicyEngine> Compiled = new(() => Build(PolicyEvaluator.Compiled));

    [Fact]
    public void Engines_run_on_the_evaluator_they_were_built_with()
    {
        Assert.Equal(PolicyEvaluator.Rete, Rete.Value.Evaluator);
        Assert.Equal(PolicyEvaluator.Compiled, Compiled.Value.Evaluator);
        Assert.Equal(PolicyEvaluator.Compiled, ScenarioCorpusTests.Engine.Evaluator);
    }

    [Theory]
    [MemberData(nameof(ScenarioCorpusTests.ScenarioNames), MemberType = typeof(ScenarioCorpusTests))]
    public void Scenario_gives_the_same_verdict_on_both_evaluators(string scenario)
    {
        var policyCase = CaseReader.ReadFile(ScenarioCorpusTests.Corpus.Single(s => s.CasePath.EndsWith(scenario, StringComparison.Ordinal)).CasePath);

        var difference = Compare(policyCase);

        Assert.True(difference is null, $"{scenario}: {difference}");
    }

    [Fact]
    public void Generated_sample_gives_the_same_verdicts_on_both_evaluators()
    {
        var differences = new ConcurrentBag<(long Index, string Difference)>();
        Parallel.For(0, GeneratedSample, index =>
        {
            if (Compare(CaseGenerator.At(Seed, index)) is { } difference)
            {
                differences.Add((index, difference));
            }
        });

        var first = differences.OrderBy(d => d.Index).Take(3).ToList();
        foreach (var (index, difference) in first)
        {
            output.WriteLine($"case {index} of seed {Seed}: {difference}");
        }

        Assert.True(differences.IsEmpty, $"{differences.Count} of {GeneratedSample} generated cases differ; first: case {first.FirstOrDefault().Index} of seed {Seed}: {first.FirstOrDefault().Difference}");
    }

    /// <summary>Null when both evaluators agree; otherwise what differs (the first differing line of the verdicts, or the failures).</summary>
    internal static string? Compare(Case policyCase)
    {
        var (rete, reteError) = Run(Rete.Value, policyCase);
        var (compiled, compiledError) = Run(Compiled.Value, policyCase);
        if (reteError is not null || compiledError is not null)
        {
            return reteError?.RuleId == compiledError?.RuleId && (reteError is null) == (compiledError is null)
                ? null
                : $"Rete: {reteError?.Message ?? "verdict"}; compiled: {compiledError?.Message ?? "verdict"}";
        }

        if (rete == compiled)
        {
            return null;
        }

        var reteLines = rete!.Split('\n');
        var compiledLines = compiled!.Split('\n');
        var line = Enumerable.Range(0, Math.Min(reteLines.Length, compiledLines.Length)).FirstOrDefault(i => reteLines[i] != compiledLines[i], Math.Min(reteLines.Length, compiledLines.Length));
        return $"verdicts differ at line {line + 1}: Rete `{reteLines.ElementAtOrDefault(line)?.Trim()}`, compiled `{compiledLines.ElementAtOrDefault(line)?.Trim()}`";
    }

    private static (string? Json, PolicyEngineException? Error) Run(PolicyEngine engine, Case policyCase)
    {
        try
        {
            return (PolicyJson.Canonical(engine.Evaluate(policyCase)), null);
        }
        catch (PolicyEngineException e)
        {
            return (null, e);
        }
    }

    private static PolicyEngine Build(PolicyEvaluator evaluator)
    {
        var options = new PolicyEngineOptions { Evaluator = evaluator };
        options.AddRuleSet(InterpolRuleSet.Assembly).AddRuleSet(UsExtraditionRuleSet.Assembly);
        return PolicyEngine.Create(options);
    }
}
