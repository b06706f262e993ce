using PolicyRules.Facts;
using PolicyRules.Json;
using PolicyRules.Tests.TestRuleSet;
using PolicyRules.Verdicts;

namespace PolicyRules.Tests;

public sealed class NextStepTests
{
    private static Case WithPressure { get; } = TestCases.Minimal with
    {
        Context = [new ContextIndicator { Kind = ContextKind.PressureOnRelatives }],
    };

    [Fact]
    public void Next_steps_are_listed_apart_from_the_findings_by_audience_then_rule_ID_and_leave_the_outcome_alone()
    {
        var plain = TestEngines.Valid.Evaluate(TestCases.Minimal).For("test")!;
        var verdict = TestEngines.Valid.Evaluate(WithPressure).For("test")!;

        Assert.Equal(
            ["person TST-0008", "person TST-0009", "usAuthorities TST-0007"],
            verdict.NextSteps.Select(s => $"{VerdictText.Word(s.Audience!)} {s.RuleId}").ToArray());
        Assert.All(verdict.NextSteps, s => Assert.Equal(Effect.NextStep, s.Effect));
        Assert.DoesNotContain(verdict.Findings, f => f.Effect == Effect.NextStep || f.Audience is not null);
        Assert.Equal(plain.Outcome, verdict.Outcome);
        Assert.Equal(plain.Findings.Select(f => f.RuleId), verdict.Findings.Select(f => f.RuleId));
        Assert.Equal("Test Code Art. 8", Assert.Single(verdict.NextSteps[0].Citations).ToString());
    }

    [Fact]
    public void Steps_alone_affirm_nothing_so_nothing_passes_silently()
    {
        var verdict = TestEngines.Valid.Evaluate(WithPressure with { Charges = [] }).For("test")!;

        Assert.Equal(Outcome.Review, verdict.Outcome);
        Assert.Contains(verdict.Findings, f => f.RuleId == "ENGINE-0001");
        Assert.Equal(3, verdict.NextSteps.Length);
    }

    [Fact]
    public void A_verdict_without_next_steps_has_no_nextSteps_field_and_one_with_them_round_trips()
    {
        var plain = PolicyJson.Canonical(TestEngines.Valid.Evaluate(TestCases.Minimal));
        var json = PolicyJson.Canonical(TestEngines.Valid.Evaluate(WithPressure));

        Assert.DoesNotContain("\"nextSteps\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("\"audience\"", plain, StringComparison.Ordinal);
        Assert.Contains("\"nextSteps\"", json, StringComparison.Ordinal);
        Assert.Contains("\"effect\": \"nextStep\",\n          \"audience\": \"person\"", json, StringComparison.Ordinal);
        Assert.Equal(json, PolicyJson.Canonical(PolicyJson.ParseVerdict(json)));
    }

    [Fact]
    public void Text_and_markdown_show_the_steps_numbered_per_audience_with_their_citations()
    {
        var verdict = TestEngines.Valid.Evaluate(WithPressure);

        Assert.Contains(
            "  Next steps (in the order they apply):\n    For the person:\n    1. TST-0008: Apply to the Commission.\n       cites Test Code Art. 8\n" +
            "    2. TST-0009: Ask for provisional measures.\n       cites Test Code Art. 9\n    For the U.S. authorities:\n    1. TST-0007: Tell the General Secretariat.\n",
            VerdictText.Text(verdict),
            StringComparison.Ordinal);
        Assert.Contains(
            "### Next steps\n\nFor the person:\n\n1. `TST-0008`: Apply to the Commission. *Cites:* Test Code Art. 8\n2. `TST-0009`: Ask for provisional measures.",
            VerdictText.Markdown(verdict),
            StringComparison.Ordinal);
        Assert.DoesNotContain("Next steps", VerdictText.Text(TestEngines.Valid.Evaluate(TestCases.Minimal)), StringComparison.Ordinal);
    }
}
