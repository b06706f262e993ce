using PolicyRules.Cases;
using PolicyRules.Facts;
using PolicyRules.Rules.Interpol.Law;
using PolicyRules.Testing;
using PolicyRules.Verdicts;

namespace PolicyRules.Rules.Tests;

/// <summary>The next steps of the motivating case per audience, and the CCF time-limit arithmetic at its edges.</summary>
public sealed class NextStepsTests
{
    private static readonly InterpolHistoryEntry Pending = new()
    {
        Kind = InterpolHistoryKind.CcfApplication, Date = new DateOnly(2024, 6, 3), AdmissibleOn = new DateOnly(2024, 7, 1),
        Asks = CcfApplicationAsks.Deletion, Decision = CcfDecision.Pending,
    };

    [Fact]
    public void The_motivating_case_gives_each_audience_cited_steps_in_rule_ID_order()
    {
        var policyCase = CaseReader.ReadFile(TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case.case.json"));

        var verdict = ScenarioCorpusTests.Engine.Evaluate(policyCase);

        var interpol = verdict.For("interpol")!.NextSteps;
        Assert.Equal([Audience.Person, Audience.ReceivingBureau, Audience.UsAuthorities], interpol.Select(s => s.Audience!.Value).Distinct());
        Assert.Equal(["INT-1001", "INT-1002", "INT-1011", "INT-1021"], interpol.Select(s => s.RuleId));
        Assert.All(interpol, s => Assert.NotEmpty(s.Citations));
        Assert.All(interpol.SelectMany(s => s.Citations), c => Assert.Equal(Authoring.Authority.Confirmed, c.Authority));
        Assert.Contains("INT-0104 and INT-0901", interpol[0].Reason, StringComparison.Ordinal);
        var us = Assert.Single(verdict.For("us-extradition")!.NextSteps);
        Assert.Equal(("USX-1001", Audience.UsAuthorities), (us.RuleId, us.Audience!.Value));
        Assert.Equal("22 U.S.C. § 263b(b)(2)", us.Citations[0].ToString());
    }

    [Fact]
    public void A_pending_deletion_request_is_due_nine_months_from_admissibility_and_overdue_the_day_after()
    {
        Assert.Contains("it must decide by 2025-04-01, nine months from that day for deletion", History.PendingLimit(Pending, new DateOnly(2025, 4, 1)), StringComparison.Ordinal);
        Assert.Contains("may extend the limit", History.PendingLimit(Pending, new DateOnly(2025, 4, 1)), StringComparison.Ordinal);
        Assert.Contains("That day has passed as of 2025-04-02", History.PendingLimit(Pending, new DateOnly(2025, 4, 2)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_access_request_is_due_in_four_months_and_one_not_yet_admissible_in_one_month_from_receipt()
    {
        Assert.Contains("by 2024-11-01, four months from that day for access", History.PendingLimit(Pending with { Asks = CcfApplicationAsks.Access }, new DateOnly(2024, 9, 1)), StringComparison.Ordinal);
        Assert.Contains("it must say by 2024-07-03 whether it is admissible", History.PendingLimit(Pending with { AdmissibleOn = null }, new DateOnly(2024, 9, 1)), StringComparison.Ordinal);
        Assert.Contains("(the case does not say which)", History.PendingLimit(Pending with { Asks = null }, new DateOnly(2024, 9, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deletion_the_CCF_decided_refuses_the_request_and_leaves_no_application_or_revision_step()
    {
        var policyCase = CaseReader.ReadFile(TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case.case.json"));
        var decided = policyCase with
        {
            Request = policyCase.Request with { History = [Pending with { Decision = CcfDecision.Deleted, DecidedOn = new DateOnly(2025, 2, 1) }] },
        };

        var interpol = ScenarioCorpusTests.Engine.Evaluate(decided).For("interpol")!;
        var kept = ScenarioCorpusTests.Engine.Evaluate(decided with
        {
            Request = decided.Request with { History = [decided.Request.History[0] with { Decision = CcfDecision.Kept }] },
        }).For("interpol")!;

        Assert.Equal(Outcome.Deny, interpol.Outcome);
        Assert.Contains(interpol.Findings, f => f.RuleId == "INT-1101");
        Assert.Equal(["INT-1005", "INT-1013", "INT-1021"], interpol.NextSteps.Select(s => s.RuleId));
        Assert.DoesNotContain(kept.Findings, f => f.RuleId == "INT-1101");
        Assert.Equal(["INT-1005", "INT-1006", "INT-1011", "INT-1021"], kept.NextSteps.Select(s => s.RuleId));
    }
}
