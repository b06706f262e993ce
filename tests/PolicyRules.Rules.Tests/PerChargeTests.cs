using PolicyRules.Cases;
using PolicyRules.Json;
using PolicyRules.Snapshots;
using PolicyRules.Testing;
using PolicyRules.Verdicts;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// The per-charge outcomes of a verdict (docs/verdicts.md, "Per-charge outcomes"), read on canonical scenarios: a charge is
/// affirmed only by findings on it, a deny refuses every charge, a request-wide review or question holds every charge, and
/// RPD Art. 83(1)(c) lets a notice stand on some charges only.
/// </summary>
public sealed class PerChargeTests
{
    private static Verdict Evaluate(string ruleSet, string scenario) =>
        ScenarioCorpusTests.Engine.Evaluate(CaseReader.ReadFile(TestPaths.InRepository("rules", ruleSet, "Scenarios", scenario + ".case.json")));

    private static string[] Table(Verdict verdict, string ruleSet) =>
        [.. verdict.For(ruleSet)!.Charges.Select(c => $"{c.Charge} {VerdictText.Word(c.Outcome)} [{string.Join(", ", c.DecidedBy)}]")];

    [Fact]
    public void A_barred_charge_on_separate_facts_is_kept_out_while_the_other_may_be_included()
    {
        var verdict = Evaluate("PolicyRules.Rules.Interpol", "rn-separation-of-charges");

        Assert.Equal(Outcome.Review, verdict.For("interpol")!.Outcome);
        Assert.Equal(["c1 allow [INT-0110, INT-0120]", "c2 deny [INT-0309]"], Table(verdict, "interpol"));
    }

    [Fact]
    public void A_charge_below_the_threshold_may_be_included_once_another_qualifies()
    {
        var verdict = Evaluate("PolicyRules.Rules.Interpol", "rn-multi-charge-one-qualifies");

        Assert.Equal(["c1 allow [INT-0110, INT-0120]", "c2 allow [INT-0112, INT-0120]"], Table(verdict, "interpol"));
        Assert.Equal(["INT-0120", "INT-0112"], verdict.For("interpol")!.Charges[1].Findings.ToArray());
    }

    [Fact]
    public void A_deny_on_the_request_refuses_every_charge()
    {
        var verdict = Evaluate("PolicyRules.Rules.Interpol", "ds-espionage");

        Assert.Equal(Outcome.Deny, verdict.For("interpol")!.Outcome);
        Assert.All(verdict.For("interpol")!.Charges, c => Assert.Equal(Outcome.Deny, c.Outcome));
    }

    [Fact]
    public void A_question_on_the_request_holds_every_charge_even_one_its_own_findings_affirm()
    {
        var charges = Evaluate("PolicyRules.Rules.Interpol", "ds-campaign-list").For("interpol")!.Charges;

        Assert.Equal(2, charges.Length);
        Assert.All(charges, c => Assert.Equal(Outcome.NeedsInformation, c.Outcome));
        Assert.All(charges, c => Assert.Contains("INT-0201", c.DecidedBy));
    }

    [Fact]
    public void Per_charge_outcomes_show_in_text_markdown_and_json_and_the_snapshot_form_drops_only_the_meaning()
    {
        var verdict = Evaluate("PolicyRules.Rules.Interpol", "rn-separation-of-charges");

        Assert.Contains(
            "  Per charge:\n    c1  ALLOW (may be included in the notice or diffusion); decided by INT-0110, INT-0120; findings on it: INT-0110, INT-0120\n"
            + "    c2  DENY (may not be included in the notice or diffusion); decided by INT-0309; findings on it: INT-0309\n",
            VerdictText.Text(verdict),
            StringComparison.Ordinal);
        Assert.Contains("| c2 | **deny**: may not be included in the notice or diffusion | `INT-0309` | `INT-0309` |", VerdictText.Markdown(verdict), StringComparison.Ordinal);
        var json = PolicyJson.Canonical(verdict);
        Assert.Contains("\"charges\": [", json, StringComparison.Ordinal);
        Assert.Equal(json, PolicyJson.Canonical(PolicyJson.ParseVerdict(json)));
        var snapshot = VerdictSnapshots.ForReview(verdict).For("interpol")!.Charges;
        Assert.All(snapshot, c => Assert.Null(c.Meaning));
        Assert.Equal(verdict.For("interpol")!.Charges.Select(c => c.Outcome), snapshot.Select(c => c.Outcome));
    }

    [Fact]
    public void A_rule_set_without_charge_meanings_has_no_per_charge_section()
    {
        var verdict = Evaluate("PolicyRules.Rules.Interpol", "rn-separation-of-charges");

        Assert.True(verdict.For("us-immigration")!.Charges.IsEmpty);
        Assert.DoesNotContain("\"charges\": [", PolicyJson.Canonical(verdict with { RuleSets = [verdict.For("us-immigration")!] }), StringComparison.Ordinal);
    }
}
