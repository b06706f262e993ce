using PolicyRules.Snapshots;

namespace PolicyRules.Rules.Tests;

/// <summary>The order the compiled evaluator runs the built-in rules in respects every dependency the rules' model shows.</summary>
public sealed class StratificationTests
{
    [Fact]
    public void Every_rule_runs_after_the_rules_whose_yields_it_reads_and_strata_rise_across_negations()
    {
        var (rules, dependencies) = RuleDependencies.Graph(ScenarioCorpusTests.Engine);
        var byId = rules.ToDictionary(r => r.RuleId);

        Assert.Equal(ScenarioCorpusTests.Engine.Rules.Length, rules.Count);
        Assert.Contains(dependencies, d => d.Waits);
        Assert.All(dependencies.Where(d => byId[d.From].Group != byId[d.To].Group), d => Assert.True(byId[d.From].Group < byId[d.To].Group, $"{d.From} yields what {d.To} reads but runs after it"));
        Assert.All(dependencies.Where(d => d.Waits), d => Assert.True(byId[d.From].Stratum < byId[d.To].Stratum, $"{d.To} waits for {d.FactType} of {d.From} in the same stratum"));
        Assert.All(dependencies.Where(d => !d.Waits), d => Assert.True(byId[d.From].Stratum <= byId[d.To].Stratum, $"{d.To} reads {d.From} from a later stratum"));
    }
}
