using PolicyRules.Authoring;
using PolicyRules.Snapshots;
using PolicyRules.Verdicts;

namespace PolicyRules.Tests;

/// <summary>The plain-language comparison of two verdicts that verify, impact and the workbench show.</summary>
public sealed class VerdictChangeTests
{
    [Fact]
    public void An_effect_that_turns_from_review_to_deny_is_one_change_not_an_addition_and_a_removal()
    {
        var before = Verdict(Outcome.Review, Finding("INT-0402", Effect.Review, "The request names relatives.", "person p1"));
        var after = Verdict(Outcome.Deny, Finding("INT-0402", Effect.Deny, "The request names relatives.", "person p1"));

        var change = VerdictChange.Between(before, after);

        var set = Assert.Single(change.RuleSets);
        Assert.Equal(("review", "deny"), (set.OutcomeBefore, set.OutcomeAfter));
        var finding = Assert.Single(set.Findings);
        Assert.Equal(FindingChangeKind.Changed, finding.Kind);
        Assert.True(finding.EffectChanged);
        Assert.False(finding.ReasonChanged);
        Assert.Equal(
            [
                "interpol: the outcome changes from review to deny.",
                "  INT-0402 changes its effect from review to deny: The request names relatives.",
            ],
            change.Lines());
    }

    [Fact]
    public void Added_and_removed_findings_are_named_by_rule_with_their_effect_and_reason()
    {
        var before = Verdict(Outcome.Review, Finding("INT-0203", Effect.Review, "Old concern.", "charge c1"));
        var after = Verdict(Outcome.Review, Finding("INT-0101", Effect.Review, "New concern.", "charge c2"));

        var change = VerdictChange.Between(before, after);

        Assert.False(change.OutcomeChanged);
        Assert.True(change.FindingsChanged);
        Assert.Equal(
            [
                "interpol: the outcome stays review.",
                "  INT-0101 now finds (review): New concern.",
                "  INT-0203 no longer finds (review): Old concern.",
            ],
            change.Lines());
    }

    [Fact]
    public void A_reason_or_basis_change_on_the_same_rule_says_what_it_was_and_what_it_is()
    {
        var before = Verdict(Outcome.Deny, Finding("INT-0101", Effect.Deny, "Old words.", "charge c1"));
        var after = Verdict(Outcome.Deny, Finding("INT-0101", Effect.Deny, "New words.", "charge c1", "charge c2"));

        var lines = VerdictChange.Between(before, after).Lines().ToList();

        Assert.Contains("  INT-0101 gives another reason (deny): was \"Old words.\"; now \"New words.\"", lines);
        Assert.Contains("  INT-0101 now rests on charge c1, charge c2 (was charge c1)", lines);
    }

    [Fact]
    public void A_citation_only_change_is_reported_but_is_not_a_findings_change()
    {
        var before = Verdict(Outcome.Deny, Finding("INT-0101", Effect.Deny, "Same.", "charge c1"));
        var after = Verdict(Outcome.Deny, Finding("INT-0101", Effect.Deny, "Same.", "charge c1") with { Citations = [Cite("RPD", "Art. 99")] });

        var change = VerdictChange.Between(before, after);

        Assert.False(change.IsEmpty);
        Assert.False(change.FindingsChanged);
        Assert.Contains(change.Lines(), l => l.Contains("INT-0101 now cites RPD Art. 99, in force from 2020-01-01 (was Constitution Art. 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_verdicts_have_no_change_and_a_new_verdict_lists_its_outcome()
    {
        var verdict = Verdict(Outcome.Allow, Finding("US-0001", Effect.Allow, "Fine.", "charge c1"));

        Assert.True(VerdictChange.Between(verdict, verdict with { }).IsEmpty);
        var fresh = VerdictChange.Between(null, verdict);
        Assert.Equal("interpol: now evaluated, outcome allow.", fresh.Lines().First());
        Assert.Equal("Case in question (rules/x/a)", fresh.Title("rules/x/a"));
    }

    [Fact]
    public void Two_findings_of_one_rule_pair_by_the_facts_they_rest_on()
    {
        var before = Verdict(Outcome.Review, Finding("INT-0301", Effect.Review, "Charge one.", "charge c1"), Finding("INT-0301", Effect.Review, "Charge two.", "charge c2"));
        var after = Verdict(Outcome.Deny, Finding("INT-0301", Effect.Review, "Charge one.", "charge c1"), Finding("INT-0301", Effect.Deny, "Charge two.", "charge c2"));

        var finding = Assert.Single(Assert.Single(VerdictChange.Between(before, after).RuleSets).Findings);

        Assert.Equal("charge c2", Assert.Single(finding.After!.Basis));
        Assert.True(finding.EffectChanged);
    }

    [Fact]
    public void Markdown_nests_the_findings_under_their_rule_set_and_escapes_angle_brackets()
    {
        var before = Verdict(Outcome.Review);
        var after = Verdict(Outcome.Deny, Finding("INT-0101", Effect.Deny, "Penalty <1 year.", "charge c1"));

        Assert.Equal(
            "- interpol: the outcome changes from review to deny.\n  - INT-0101 now finds (deny): Penalty &lt;1 year.\n",
            VerdictChange.Between(before, after).Markdown());
    }

    private static Verdict Verdict(Outcome outcome, params VerdictFinding[] findings) => new()
    {
        Scenario = "Case in question",
        AsOf = new DateOnly(2026, 1, 15),
        RuleSets =
        [
            new RuleSetVerdict { RuleSet = "interpol", Version = "0.1.0", Outcome = outcome, Meaning = "meaning of " + outcome, Findings = [.. findings] },
        ],
    };

    private static VerdictFinding Finding(string ruleId, Effect effect, string reason, params string[] basis) => new()
    {
        RuleId = ruleId,
        Effect = effect,
        Reason = reason,
        Basis = [.. basis],
        Citations = [Cite("Constitution", "Art. 3")],
        EffectiveFrom = new DateOnly(2020, 1, 1),
    };

    private static Citation Cite(string instrument, string pinpoint) => new() { Instrument = instrument, Pinpoint = pinpoint, Authority = Authority.Confirmed };
}
