using PolicyRules.Cases;
using PolicyRules.Verdicts;

namespace PolicyRules.Rules.Tests;

/// <summary>The what-if offers only answers the case's stated facts allow.</summary>
public sealed class WhatIfAnswerTests
{
    [Fact]
    public void An_answer_the_stated_facts_rule_out_is_left_out_of_the_question()
    {
        // A conviction whose sentence nobody stated, under a provision stated to carry at most three months: INT-0211 asks
        // for the sentence, and "six months or more imposed" cannot be true of it.
        var policyCase = CaseReader.Read("""
            {
              "asOf": "2025-01-10",
              "request": { "kind": "redNotice", "requestingCountry": "XA", "arrestWarrant": { "valid": true } },
              "person": { "nationalities": ["XA"] },
              "charges": [ { "id": "c1", "category": "fraud", "stage": "conviction", "provision": "Penal Code s. 1", "maxPenaltyMonths": 3 } ]
            }
            """, source: null);

        var verdict = ScenarioCorpusTests.Engine.Evaluate(policyCase).For("interpol")!;

        var question = Assert.Single(verdict.Questions, q => q.AskedBy.Contains("INT-0211"));
        Assert.Equal(["none", "less than six months imposed and to serve"], question.Answers.Select(a => a.Answer).ToArray());
        Assert.All(question.Answers, a => Assert.NotEqual(Outcome.NeedsInformation, a.Outcome));
    }

    [Fact]
    public void Past_the_answers_one_evaluation_tries_the_rest_are_listed_without_an_outcome()
    {
        // Forty charges whose penalty nobody stated: INT-0211 asks forty questions with three answers each.
        var charges = string.Join(",", Enumerable.Range(1, 40).Select(i => $$"""{ "id": "c{{i}}", "category": "fraud", "provision": "Penal Code s. {{i}}" }"""));
        var policyCase = CaseReader.Read($$"""
            {
              "asOf": "2025-01-10",
              "request": { "kind": "redNotice", "requestingCountry": "XA", "arrestWarrant": { "valid": true } },
              "person": { "nationalities": ["XA"] },
              "charges": [ {{charges}} ]
            }
            """, source: null);

        var questions = ScenarioCorpusTests.Engine.Evaluate(policyCase).For("interpol")!.Questions.Where(q => q.AskedBy.Contains("INT-0211")).ToList();

        Assert.Equal(40, questions.Count);
        var answers = questions.SelectMany(q => q.Answers).ToList();
        var evaluated = answers.Where(a => a.Outcome is not null).Select(a => (a.Path, a.Value)).Distinct().Count();
        Assert.InRange(evaluated, 1, 64); // WhatIf.MaxAnswersEvaluated
        Assert.Contains(answers, a => a.Outcome is null && a.DecidedBy.IsEmpty);
        // Questions with every answer evaluated come first.
        Assert.True(questions.SkipWhile(q => q.Answers.All(a => a.Outcome is not null)).All(q => q.Answers.Any(a => a.Outcome is null)));
        Assert.Contains("not evaluated", VerdictText.Text(ScenarioCorpusTests.Engine.Evaluate(policyCase)), StringComparison.Ordinal);
    }
}
