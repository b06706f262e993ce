using PolicyRules.Reliability.Tests.Support;
using PolicyRules.Verdicts;

namespace PolicyRules.Reliability.Tests;

/// <summary>Every valid case gets a verdict from every rule set, and every outcome short of allow says why, with a citation.</summary>
public sealed class TotalityProperties
{
    [Fact]
    public void Every_generated_case_gets_a_verdict_from_every_rule_set()
    {
        Generated.Check(Generated.Cases, g =>
        {
            var verdict = Engines.BuiltIn.Evaluate(g.Case);
            Assert.Equal(Engines.BuiltIn.RuleSets.Select(r => r.Name), verdict.RuleSets.Select(r => r.RuleSet));
            Assert.Equal(g.Case.AsOf, verdict.AsOf);
        }, iterations: 300);
    }

    [Fact]
    public void Every_outcome_other_than_allow_rests_on_a_cited_finding_of_that_effect()
    {
        Generated.Check(Generated.Cases, g =>
        {
            foreach (var ruleSet in Engines.BuiltIn.Evaluate(g.Case).RuleSets)
            {
                Assert.All(ruleSet.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason), $"{f.RuleId} gave no reason"));
                if (ruleSet.Outcome == Outcome.Allow)
                {
                    Assert.Contains(ruleSet.Findings, f => f.Effect == Effect.Allow);
                    continue;
                }

                var effect = ruleSet.Outcome switch
                {
                    Outcome.Deny => Effect.Deny,
                    Outcome.NeedsInformation => Effect.Ask,
                    _ => Effect.Review,
                };
                Assert.Contains(ruleSet.Findings, f => f.Effect == effect && f.Citations.Length > 0);
            }
        }, iterations: 300);
    }
}
