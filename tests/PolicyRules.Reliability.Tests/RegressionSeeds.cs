using PolicyRules.Generation;
using PolicyRules.Json;
using PolicyRules.Reliability.Tests.Support;
using PolicyRules.Verdicts;

namespace PolicyRules.Reliability.Tests;

/// <summary>Generator seeds that once made a property fail, kept so the failure stays fixed (see docs/reliability.md).</summary>
public sealed class RegressionSeeds
{
    [Theory]
    [InlineData(-28)] // INT-0205 read the warrant's issuing authority when none was stated (fixed 2026-11-29)
    public void Seed_that_once_failed_is_evaluated_with_a_cited_verdict(int seed)
    {
        var policyCase = CaseGenerator.Generate(seed);

        var verdict = Engines.BuiltIn.Evaluate(policyCase);

        Assert.Equal(PolicyJson.Canonical(verdict), PolicyJson.Canonical(Engines.BuiltIn.Evaluate(policyCase)));
        Assert.All(verdict.RuleSets.Where(r => r.Outcome != Outcome.Allow), r => Assert.Contains(r.Findings, f => f.Citations.Length > 0));
    }
}
