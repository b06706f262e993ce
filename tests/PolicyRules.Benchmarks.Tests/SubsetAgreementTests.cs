using PolicyRules.Benchmarks.Subset;
using PolicyRules.Generation;

namespace PolicyRules.Benchmarks.Tests;

/// <summary>The three implementations of the benchmark subset find the same things, so the Ratio column compares equal work.</summary>
public sealed class SubsetAgreementTests
{
    private static readonly PolicyRulesSubset PolicyRules = new();
    private static readonly RulesEngineSubset RulesEngine = new();

    [Fact]
    public void All_three_agree_on_thousands_of_generated_cases_and_the_subset_fires_every_rule()
    {
        var fired = new HashSet<string>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        foreach (var (policyCase, i) in CaseGenerator.Stream(3_000, seed: 77).Select((c, i) => (c, i)))
        {
            var floor = SubsetFinding.Normalise(HandWrittenSubset.Evaluate(policyCase));
            var engine = SubsetFinding.Normalise(PolicyRulesSubset.Findings(PolicyRules.Evaluate(policyCase)));
            var rulesEngine = SubsetFinding.Normalise(RulesEngine.Evaluate(policyCase));
            if (!floor.SequenceEqual(engine) || !floor.SequenceEqual(rulesEngine))
            {
                disagreements.Add($"case {i}: floor [{string.Join("; ", floor)}] policyrules [{string.Join("; ", engine)}] rulesengine [{string.Join("; ", rulesEngine)}]");
            }

            fired.UnionWith(floor.Select(f => f[..f.IndexOf(':', StringComparison.Ordinal)]));
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(5)));
        Assert.Equal(["BIN-0101", "BIN-0102", "BIN-0104", "BIN-0401", "BIN-0402"], fired.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_subset_engine_holds_exactly_the_five_mirror_rules()
    {
        Assert.Equal(["BIN-0101", "BIN-0102", "BIN-0104", "BIN-0401", "BIN-0402"], PolicyRules.Engine.Rules.Select(r => r.Id));
    }
}
