using PolicyRules.Engine;
using PolicyRules.Json;
using PolicyRules.Tests.TestRuleSet;

namespace PolicyRules.Tests;

/// <summary>The compiled evaluator's own guarantees: the build-time checks, fixpoints, and agreement with Rete on the test rule set.</summary>
public sealed class CompiledEvaluatorTests
{
    [Fact]
    public void Engines_are_compiled_unless_asked_for_Rete()
    {
        Assert.Equal(PolicyEvaluator.Compiled, new PolicyEngineOptions().Evaluator);
        Assert.Equal(PolicyEvaluator.Compiled, TestEngines.Valid.Evaluator);
        Assert.Equal(PolicyEvaluator.Rete, TestEngines.Create("Valid", evaluator: PolicyEvaluator.Rete).Evaluator);
    }

    [Fact]
    public void Rule_that_negates_what_it_yields_is_refused_when_the_engine_is_built()
    {
        var error = Assert.Throws<PolicyEngineException>(() => TestEngines.Create("Looping"));

        Assert.Equal("TST-0900", error.RuleId);
        Assert.StartsWith("Rules on a negative cycle: `TST-0900` -> `TST-0900`. Rule `TST-0900` negates Finding, which `TST-0900` yields, so it undoes its own conclusion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rules_that_negate_each_other_are_refused_naming_both()
    {
        var error = Assert.Throws<PolicyEngineException>(() => TestEngines.Create("NegativePair"));

        Assert.Contains("Rules on a negative cycle: `TST-0970` -> `TST-0971` -> `TST-0970`", error.Message, StringComparison.Ordinal);
        Assert.Contains("so neither can be settled before the other", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_of_an_unsupported_shape_is_refused_naming_the_rule_and_the_shape()
    {
        var error = Assert.Throws<PolicyEngineException>(() => TestEngines.Create("Unsupported"));

        Assert.Equal("TST-0980", error.RuleId);
        Assert.StartsWith("Rule `TST-0980` cannot run on the compiled evaluator: it uses an Or group.", error.Message, StringComparison.Ordinal);
        Assert.Contains("--evaluator rete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rete_still_runs_the_shape_the_compiled_evaluator_refuses()
    {
        var engine = TestEngines.Create("Unsupported", evaluator: PolicyEvaluator.Rete);

        var verdict = engine.Evaluate(TestCases.WithEverything).For("test")!;

        Assert.Contains(verdict.Findings, f => f.RuleId == "TST-0980");
    }

    [Fact]
    public void Rule_that_reads_its_own_yields_runs_to_a_fixpoint_before_rules_that_aggregate_them()
    {
        var compiled = TestEngines.Create("Recursive");
        var rete = TestEngines.Create("Recursive", evaluator: PolicyEvaluator.Rete);

        var verdict = compiled.Evaluate(TestCases.Minimal);

        var findings = verdict.For("test")!.Findings;
        Assert.Contains(findings, f => f.RuleId == "TST-0942" && f.Reason == "4 links, deepest 3.");
        Assert.DoesNotContain(findings, f => f.RuleId == "TST-0943");
        Assert.Equal(PolicyJson.Canonical(rete.Evaluate(TestCases.Minimal)), PolicyJson.Canonical(verdict));
    }

    [Fact]
    public void Recursive_rules_are_grouped_and_aggregating_rules_come_after_them()
    {
        var groups = TestEngines.Create("Recursive").CompiledGroups;

        var step = groups.Single(g => g.Any(r => r.Name == "TST-0941"));
        Assert.True(step.Single().Recursive);
        var position = groups.Select((g, i) => (g, i)).ToDictionary(x => x.g[0].Name, x => x.i);
        Assert.True(position["TST-0942"] > position["TST-0941"]);
        Assert.True(position["TST-0943"] > position["TST-0941"]);
        Assert.Equal(1, groups.SelectMany(g => g).Single(r => r.Name == "TST-0942").Stratum);
        Assert.Equal(0, groups.SelectMany(g => g).Single(r => r.Name == "TST-0941").Stratum);
    }

    [Fact]
    public void Valid_test_rule_set_gives_the_same_verdicts_on_both_evaluators()
    {
        var rete = TestEngines.Create("Valid", evaluator: PolicyEvaluator.Rete);
        foreach (var policyCase in new[] { TestCases.Minimal, TestCases.WithEverything, TestCases.WithEverything with { AsOf = new DateOnly(2031, 1, 1) } })
        {
            Assert.Equal(PolicyJson.Canonical(rete.Evaluate(policyCase)), PolicyJson.Canonical(TestEngines.Valid.Evaluate(policyCase)));
        }
    }
}
