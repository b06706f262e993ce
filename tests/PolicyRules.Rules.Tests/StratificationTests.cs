using PolicyRules.Engine.Compiled;

namespace PolicyRules.Rules.Tests;

/// <summary>The order the compiled evaluator runs the built-in rules in respects every dependency the rules' model shows.</summary>
public sealed class StratificationTests
{
    [Fact]
    public void Every_rule_runs_after_the_rules_whose_yields_it_reads_and_strata_rise_across_negations()
    {
        var groups = ScenarioCorpusTests.Engine.CompiledGroups;
        var position = groups.SelectMany((g, i) => g.Select(r => (r, i))).ToDictionary(x => x.r, x => x.i);
        var edges = Stratification.Edges([.. position.Keys]);

        Assert.Equal(ScenarioCorpusTests.Engine.Rules.Length, position.Count);
        Assert.Contains(edges, e => e.Read.Negative);
        Assert.All(edges.Where(e => position[e.From] != position[e.To]), e => Assert.True(position[e.From] < position[e.To], $"{e.From.Name} yields what {e.To.Name} reads but runs after it"));
        Assert.All(edges.Where(e => e.Read.Negative), e => Assert.True(e.From.Stratum < e.To.Stratum, $"{e.To.Name} {e.Read.How} {e.Read.Type.Name} of {e.From.Name} in the same stratum"));
        Assert.All(edges.Where(e => !e.Read.Negative), e => Assert.True(e.From.Stratum <= e.To.Stratum, $"{e.To.Name} reads {e.From.Name} from a later stratum"));
    }
}
