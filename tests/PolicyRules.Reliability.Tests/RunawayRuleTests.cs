using PolicyRules.Engine;
using PolicyRules.Json;
using PolicyRules.Reliability.Tests.Support;
using PolicyRules.Verdicts;

namespace PolicyRules.Reliability.Tests;

/// <summary>Rules that loop or throw end in a clear error naming the rule (and the case), and never take other cases down.</summary>
public sealed class RunawayRuleTests
{
    [Theory]
    [InlineData("SelfDefeating", new[] { "REL-0901" })]
    [InlineData("PingPong", new[] { "REL-0911", "REL-0912" })]
    public void Looping_rules_end_within_the_firing_bound_with_an_error_naming_a_looping_rule(string part, string[] looping)
    {
        const int bound = 300;
        var engine = Engines.TestPart(part, maxRuleFirings: bound);
        var firings = 0;

        var error = Assert.Throws<PolicyEngineException>(() => HangGuard.Run(
            () => engine.Evaluate(SampleCases.Minimal, session => session.Events.RuleFiredEvent += (_, _) => firings++),
            $"the {part} rules"));

        Assert.Contains(error.RuleId, looping);
        Assert.Contains($"Rule `{error.RuleId}` was still firing after {bound} rule firings", error.Message, StringComparison.Ordinal);
        Assert.Contains("minimal reliability case", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(bound, firings);
    }

    [Theory]
    [InlineData("SelfDefeating", "Rules on a negative cycle: `REL-0901` -> `REL-0901`.")]
    [InlineData("PingPong", "Rules on a negative cycle: `REL-0912` -> `REL-0911` -> `REL-0912`. Rule `REL-0911` negates Finding, which `REL-0912` yields")]
    [InlineData("Poisoned", "Rules on a negative cycle: `REL-0924` -> `REL-0924`.")]
    public void Looping_rules_are_refused_when_a_compiled_engine_is_built(string part, string cycle)
    {
        var error = Assert.Throws<PolicyEngineException>(() => Engines.TestPart(part, evaluator: PolicyEvaluator.Compiled));

        Assert.StartsWith(cycle, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Default_bound_also_stops_a_loop()
    {
        var engine = Engines.TestPart("SelfDefeating");

        var error = Assert.Throws<PolicyEngineException>(() => HangGuard.Run(() => engine.Evaluate(SampleCases.Minimal), "the self-defeating rule"));

        Assert.Equal("REL-0901", error.RuleId);
        Assert.Contains($"after {PolicyEngineOptions.DefaultMaxRuleFirings} rule firings", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("poison-condition", "REL-0921", "the condition choked on a poisoned charge")]
    [InlineData("poison-action", "REL-0922", "the action choked on charge poison-action")]
    public void Rule_that_throws_names_the_rule_and_the_case(string chargeId, string rule, string cause)
    {
        var engine = Engines.TestPart("Poisoned");

        var error = Assert.Throws<PolicyEngineException>(() => engine.Evaluate(SampleCases.WithCharge("poisoned case 7", chargeId)));

        Assert.Equal(rule, error.RuleId);
        Assert.Contains($"Rule `{rule}` failed on case 'poisoned case 7'", error.Message, StringComparison.Ordinal);
        Assert.Contains(cause, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void One_poisoned_case_among_good_ones_fails_alone_in_a_loop_of_evaluations()
    {
        var engine = Engines.TestPart("Poisoned");
        var cases = Enumerable.Range(0, 40)
            .Select(i => SampleCases.WithCharge($"case {i}", i == 17 ? "poison-action" : i == 29 ? "poison-condition" : $"c{i}"))
            .ToList();

        var results = cases.Select(c =>
        {
            try
            {
                return (Verdict: (Verdict?)engine.Evaluate(c), Error: (PolicyEngineException?)null);
            }
            catch (PolicyEngineException e)
            {
                return (Verdict: null, Error: e);
            }
        }).ToList();

        Assert.Equal([17, 29], results.Select((r, i) => (r, i)).Where(x => x.r.Error is not null).Select(x => x.i));
        Assert.Contains("'case 17'", results[17].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("'case 29'", results[29].Error!.Message, StringComparison.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            if (i is 17 or 29)
            {
                continue;
            }

            Assert.Equal(Outcome.Allow, results[i].Verdict!.For("reliability-test")!.Outcome);
            Assert.Equal(PolicyJson.Canonical(engine.Evaluate(cases[i])), PolicyJson.Canonical(results[i].Verdict!));
        }
    }

    [Fact]
    public void Engine_keeps_working_after_a_runaway_evaluation()
    {
        var engine = Engines.TestPart("Poisoned");

        Assert.Throws<PolicyEngineException>(() => engine.Evaluate(SampleCases.WithCharge("bad", "poison-action")));
        var after = engine.Evaluate(SampleCases.WithCharge("good", "c1"));

        Assert.Equal(Outcome.Allow, after.For("reliability-test")!.Outcome);
    }
}
