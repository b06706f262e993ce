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
}
