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
    public void A_split_certification_refuses_the_count_the_judge_refused_and_leaves_the_certified_ones_to_the_Secretary()
    {
        var verdict = Evaluate("PolicyRules.Rules.UsExtradition", "split-certification");

        Assert.Equal(Outcome.Review, verdict.For("us-extradition")!.Outcome);
        Assert.Equal(["c1 review [USX-0414]", "c2 deny [USX-0320]", "c3 review [USX-0414]"], Table(verdict, "us-extradition"));
    }

    [Fact]
    public void A_count_whose_certification_habeas_set_aside_is_refused_unless_the_court_of_appeals_reversed()
    {
        var granted = Evaluate("PolicyRules.Rules.UsExtradition", "habeas-granted-on-one-count").For("us-extradition")!;
        var reversed = Evaluate("PolicyRules.Rules.UsExtradition", "habeas-grant-reversed-on-appeal").For("us-extradition")!;

        Assert.Equal(Outcome.Deny, granted.Charges.Single(c => c.Charge == "c2").Outcome);
        Assert.Equal(Outcome.Review, reversed.Charges.Single(c => c.Charge == "c2").Outcome);
        Assert.DoesNotContain("USX-0320", reversed.Charges.Single(c => c.Charge == "c2").DecidedBy);
        Assert.Contains("USX-0320", reversed.Charges.Single(c => c.Charge == "c3").DecidedBy);
        Assert.Contains(reversed.Findings, f => f.RuleId == "USX-0320" && f.Reason.StartsWith("Count c3:", StringComparison.Ordinal) && f.Reason.Contains("appeal against it pending", StringComparison.Ordinal));
    }

    [Fact]
    public void Extraditable_in_part_at_screening_proceeds_on_the_covered_count_and_refuses_the_other()
    {
        var verdict = Evaluate("PolicyRules.Rules.UsExtradition", "extraditable-in-part");

        Assert.Equal(Outcome.Allow, verdict.For("us-extradition")!.Outcome);
        Assert.Equal(["c1 allow [USX-0320]", "c2 deny [USX-0320]"], Table(verdict, "us-extradition"));
        Assert.Equal(
            ["c1 allow [USX-0320]", "c2 needsInformation [USX-0303]"],
            Table(Evaluate("PolicyRules.Rules.UsExtradition", "extraditable-in-part-list-unchecked"), "us-extradition"));
    }

    [Fact]
    public void A_provisional_arrest_past_its_deadline_with_no_formal_request_stated_is_asked_about_not_reviewed_as_lapsed()
    {
        var unknown = Evaluate("PolicyRules.Rules.UsExtradition", "provisional-arrest-formal-request-unknown").For("us-extradition")!;
        var stated = Evaluate("PolicyRules.Rules.UsExtradition", "provisional-arrest-lapsed").For("us-extradition")!;

        Assert.Equal(Outcome.NeedsInformation, unknown.Outcome);
        Assert.Equal(Effect.Ask, unknown.Findings.Single(f => f.RuleId == "USX-0406").Effect);
        Assert.Equal(["$.us.proceedings.formalRequestInTime"], Assert.Single(unknown.Questions).Paths.ToArray());
        Assert.Equal(Effect.Review, stated.Findings.Single(f => f.RuleId == "USX-0406").Effect);
        Assert.Contains(stated.Findings, f => f.Reason.StartsWith("State: PROVISIONAL_ARREST_LAPSED", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_charge_of_a_request_nothing_affirmed_is_review_even_when_a_count_is_affirmed()
    {
        var verdict = Evaluate("PolicyRules.Rules.UsExtradition", "provisional-arrest-formal-request-stated-in-time");

        Assert.Contains(verdict.For("us-extradition")!.Findings, f => f.RuleId == "ENGINE-0001");
        Assert.Equal(["c1 review [ENGINE-0001]"], Table(verdict, "us-extradition"));
    }

    [Fact]
    public void A_rule_set_without_charge_meanings_has_no_per_charge_section()
    {
        var verdict = Evaluate("PolicyRules.Rules.Interpol", "rn-separation-of-charges");

        Assert.True(verdict.For("us-immigration")!.Charges.IsEmpty);
        Assert.DoesNotContain("\"charges\": [", PolicyJson.Canonical(verdict with { RuleSets = [verdict.For("us-immigration")!] }), StringComparison.Ordinal);
    }
}
