using PolicyRules.Authoring;
using PolicyRules.Json;
using PolicyRules.Snapshots;
using PolicyRules.Verdicts;

namespace PolicyRules.Tests;

/// <summary>The snapshot form keeps what a reviewer judges and drops catalogue data; impact compares across the change.</summary>
public sealed class SnapshotFormTests
{
    private static readonly Verdict Full = new()
    {
        Scenario = "a case",
        AsOf = new DateOnly(2026, 1, 15),
        RuleSets =
        [
            new RuleSetVerdict
            {
                RuleSet = "interpol",
                Version = "1.0.0",
                Outcome = Outcome.Deny,
                Meaning = "not compliant",
                Findings =
                [
                    new VerdictFinding
                    {
                        Reason = "A reason.",
                        RuleId = "INT-0104",
                        Effect = Effect.Deny,
                        Citations = [new Citation { Instrument = "RPD", Pinpoint = "Art. 82", Authority = Authority.Confirmed, Url = "https://example.org/rpd" }],
                        Basis = ["request"],
                        EffectiveFrom = new DateOnly(2012, 7, 1),
                    },
                ],
            },
            new RuleSetVerdict { RuleSet = "us-extradition", Version = "1.0.0", Outcome = Outcome.Review, Meaning = "review", Findings = [] },
        ],
    };

    [Fact]
    public void Snapshot_keeps_outcome_reason_rule_effect_citation_and_basis_and_drops_catalogue_data()
    {
        var text = VerdictSnapshots.Render(Full, "interpol");

        foreach (var kept in new[] { "\"outcome\": \"deny\"", "\"reason\": \"A reason.\"", "\"ruleId\": \"INT-0104\"", "\"pinpoint\": \"Art. 82\"", "\"authority\": \"confirmed\"", "\"request\"" })
        {
            Assert.Contains(kept, text, StringComparison.Ordinal);
        }

        foreach (var dropped in new[] { "url", "version", "meaning", "effectiveFrom", "us-extradition" })
        {
            Assert.DoesNotContain($"\"{dropped}", text, StringComparison.Ordinal);
        }

        Assert.Equal(text, VerdictSnapshots.Render(PolicyJson.ParseVerdict(text), ruleSet: null));
    }

    [Fact]
    public void Impact_against_a_base_approved_in_the_full_form_sees_no_change()
    {
        var approvedInOldForm = PolicyJson.Canonical(Full with { RuleSets = [Full.RuleSets[0]] });
        var current = VerdictSnapshots.Render(Full, "interpol");

        Assert.Equal(ImpactKind.Unchanged, VerdictImpact.Compare("rules/a/case", approvedInOldForm, current).Kind);
        Assert.NotEqual(ImpactKind.Unchanged, VerdictImpact.Compare("rules/a/case", approvedInOldForm, current.Replace("A reason.", "Another reason.", StringComparison.Ordinal)).Kind);
    }
}
