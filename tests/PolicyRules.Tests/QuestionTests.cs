using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Json;
using PolicyRules.Tests.TestRuleSet;
using PolicyRules.Verdicts;

namespace PolicyRules.Tests;

public sealed class QuestionTests
{
    private static Case UnknownPenalty { get; } = TestCases.Minimal with
    {
        Charges = [new Charge { Id = "c1", Category = OffenceCategory.Fraud }],
    };

    [Fact]
    public void An_ask_finding_makes_the_outcome_needs_information_and_lists_its_question()
    {
        var verdict = TestEngines.Valid.Evaluate(UnknownPenalty).For("test")!;

        Assert.Equal(Outcome.NeedsInformation, verdict.Outcome);
        Assert.Equal("test needs information", verdict.Meaning);
        Assert.Equal(["ask TST-0006", "note TST-0005"], verdict.Findings.Select(f => $"{VerdictText.Word(f.Effect)} {f.RuleId}").ToArray());
        var question = Assert.Single(verdict.Questions);
        Assert.Equal("Is the maximum penalty of charge c1 24 months or more?", question.Question);
        Assert.Equal(["$.charges[?(@.id=='c1')].maxPenaltyMonths"], question.Paths.ToArray());
        Assert.Equal(["TST-0006"], question.AskedBy.ToArray());
    }

    [Fact]
    public void What_if_evaluates_each_answer_and_reports_the_outcome_it_leads_to()
    {
        var question = Assert.Single(TestEngines.Valid.Evaluate(UnknownPenalty).For("test")!.Questions);

        Assert.Equal(
            ["24 months or more -> allow []", "less than 24 months -> review [ENGINE-0001]"],
            question.Answers.Select(a => $"{a.Answer} -> {VerdictText.Word(a.Outcome!)} [{string.Join(", ", a.DecidedBy)}]").ToArray());
    }

    [Fact]
    public void A_deny_on_stated_facts_wins_over_open_questions()
    {
        var policyCase = UnknownPenalty with
        {
            Charges = [.. UnknownPenalty.Charges, new Charge { Id = "c2", Category = OffenceCategory.Desertion, MaxPenaltyMonths = 36, PurelyMilitary = true }],
        };

        var verdict = TestEngines.Valid.Evaluate(policyCase).For("test")!;

        Assert.Equal(Outcome.Deny, verdict.Outcome);
        Assert.All(Assert.Single(verdict.Questions).Answers, a => Assert.Equal(Outcome.Deny, a.Outcome));
    }

    [Fact]
    public void An_open_question_outranks_review_because_its_answer_could_deny_or_allow()
    {
        var policyCase = UnknownPenalty with { Context = [new ContextIndicator { Kind = ContextKind.PublishedCampaignList }] };

        Assert.Equal(Outcome.NeedsInformation, TestEngines.Valid.Evaluate(policyCase).For("test")!.Outcome);
    }

    [Fact]
    public void A_verdict_without_questions_has_no_questions_field_and_one_with_questions_round_trips()
    {
        var plain = PolicyJson.Canonical(TestEngines.Valid.Evaluate(TestCases.Minimal));
        var asking = TestEngines.Valid.Evaluate(UnknownPenalty);
        var json = PolicyJson.Canonical(asking);

        Assert.DoesNotContain("\"questions\"", plain, StringComparison.Ordinal);
        Assert.Contains("\"questions\"", json, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"needsInformation\"", json, StringComparison.Ordinal);
        Assert.Equal(json, PolicyJson.Canonical(PolicyJson.ParseVerdict(json)));
    }

    [Fact]
    public void Text_and_markdown_show_each_question_with_what_each_answer_would_do()
    {
        var verdict = TestEngines.Valid.Evaluate(UnknownPenalty);

        Assert.Contains(
            "  1. Is the maximum penalty of charge c1 24 months or more? ($.charges[?(@.id=='c1')].maxPenaltyMonths; asked by TST-0006)\n" +
            "      answer 24 months or more: allow\n" +
            "      answer less than 24 months: review under ENGINE-0001\n",
            VerdictText.Text(verdict),
            StringComparison.Ordinal);
        Assert.Contains("   - answer *less than 24 months*: review under ENGINE-0001\n", VerdictText.Markdown(verdict), StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_creates_the_objects_on_its_path_and_is_read_as_strictly_as_any_case()
    {
        var answered = WhatIf.Apply(TestCases.Minimal, "$.request.arrestWarrant.valid", "false");
        Assert.False(answered.Request.ArrestWarrant!.Valid);

        var byId = WhatIf.Apply(TestCases.WithEverything, "$.charges[?(@.id=='c3')].maxPenaltyMonths", "30");
        Assert.Equal([60, 36, 30], byId.Charges.Select(c => c.MaxPenaltyMonths!.Value).ToArray());

        var invalid = Assert.Throws<PolicyEngineException>(() => WhatIf.Apply(TestCases.Minimal, "$.request.arrestWarrant.valid", "\"perhaps\""));
        Assert.Contains("`$.request.arrestWarrant.valid`", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("expected true or false", invalid.Message, StringComparison.Ordinal);

        Assert.Throws<PolicyEngineException>(() => WhatIf.Apply(TestCases.Minimal, "$.charges[?(@.id=='c9')].maxPenaltyMonths", "30"));
        Assert.Throws<PolicyEngineException>(() => WhatIf.Apply(TestCases.Minimal, "request.kind", "\"diffusion\""));
    }
}
