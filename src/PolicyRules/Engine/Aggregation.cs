using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyRules.Authoring;
using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Engine;

/// <summary>
/// Turns findings into a verdict. The policy, documented in docs/verdicts.md: per rule set, any deny finding makes the
/// outcome deny; otherwise any ask finding makes it needs-information (a fact nobody stated could decide); otherwise any
/// review finding makes it review; otherwise any allow finding makes it allow; with none of these the outcome is review,
/// never a silent pass. Note findings never change the outcome.
/// </summary>
internal static class Aggregation
{
    /// <summary>The ID of the engine's own finding when no rule affirmed anything.</summary>
    public const string NothingAffirmedId = "ENGINE-0001";

    private static readonly ImmutableArray<Citation> AggregationPolicy =
    [
        new Citation
        {
            Instrument = "PolicyRules aggregation policy",
            Pinpoint = "docs/verdicts.md, \"Aggregation\"",
            Authority = Authority.Confirmed,
        },
    ];

    public static Verdict Verdict(
        Case policyCase,
        ImmutableArray<RuleSetInfo> ruleSets,
        FrozenDictionary<string, RuleInfo> rules,
        IEnumerable<Finding> findings)
    {
        var byRuleSet = findings.ToLookup(f => f.RuleSet, StringComparer.Ordinal);
        var verdicts = ImmutableArray.CreateBuilder<RuleSetVerdict>(ruleSets.Length);
        foreach (var ruleSet in ruleSets)
        {
            var found = byRuleSet[ruleSet.Name];
            var reported = found.Where(f => f.Effect != Effect.NextStep).Select(f => Report(f, rules)).ToList();
            var steps = found.Where(f => f.Effect == Effect.NextStep).Select(f => Report(f, rules)).ToList();
            steps.Sort(StepOrder);
            var outcome = OutcomeOf(reported);
            if (!reported.Exists(f => f.Effect != Effect.Note))
            {
                reported.Add(NothingAffirmed(ruleSet, policyCase.AsOf));
            }

            reported.Sort(CanonicalOrder);
            verdicts.Add(new RuleSetVerdict
            {
                RuleSet = ruleSet.Name,
                Version = ruleSet.Version,
                Outcome = outcome,
                Meaning = ruleSet.Meaning(outcome),
                Findings = [.. reported],
                Questions = QuestionsOf(found),
                NextSteps = [.. steps],
            });
        }

        return new Verdict { Scenario = policyCase.Scenario, AsOf = policyCase.AsOf, RuleSets = verdicts.MoveToImmutable() };
    }

    public static Outcome OutcomeOf(IReadOnlyCollection<VerdictFinding> findings)
    {
        if (findings.Any(f => f.Effect == Effect.Deny))
        {
            return Outcome.Deny;
        }

        if (findings.Any(f => f.Effect == Effect.Ask))
        {
            return Outcome.NeedsInformation;
        }

        if (findings.Any(f => f.Effect == Effect.Review))
        {
            return Outcome.Review;
        }

        return findings.Any(f => f.Effect == Effect.Allow) ? Outcome.Allow : Outcome.Review;
    }

    /// <summary>Deny, ask, review, allow, note; then rule ID, reason and basis, all ordinal, so fact order never shows.</summary>
    public static int CanonicalOrder(VerdictFinding a, VerdictFinding b)
    {
        var c = Rank(a.Effect).CompareTo(Rank(b.Effect));
        if (c == 0)
        {
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Reason, b.Reason);
        }

        return c != 0 ? c : string.CompareOrdinal(string.Join('\n', a.Basis), string.Join('\n', b.Basis));
    }

    /// <summary>
    /// Next steps by audience (the person, the receiving bureau, the U.S. authorities), then by rule ID: a rule set numbers
    /// its next-step rules in the order the steps apply (docs/verdicts.md, "Next steps"); then reason and basis, so fact
    /// order never shows.
    /// </summary>
    public static int StepOrder(VerdictFinding a, VerdictFinding b)
    {
        var c = Nullable.Compare(a.Audience, b.Audience);
        return c != 0 ? c : CanonicalOrder(a, b);
    }

    /// <summary>The place of an effect in a verdict: deny, ask, review, allow, note.</summary>
    public static int Rank(Effect effect) => effect switch
    {
        Effect.Deny => 0,
        Effect.Ask => 1,
        Effect.Review => 2,
        Effect.Allow => 3,
        Effect.Note => 4,
        _ => 5,
    };

    /// <summary>One entry per distinct question (same words, same answers), with every rule that asked it; what-if fills in the outcomes.</summary>
    private static ImmutableArray<VerdictQuestion> QuestionsOf(IEnumerable<Finding> findings)
    {
        var asked = findings.Where(f => f.Question is not null).ToList();
        if (asked.Count == 0)
        {
            return [];
        }

        return
        [
            .. asked
                .GroupBy(f => (f.Question!.Text, Answers: string.Join('\n', f.Question.Answers.Select(a => $"{a.Label}\t{a.Path}\t{a.Value}"))))
                .Select(g => new VerdictQuestion
                {
                    Question = g.Key.Text,
                    Paths = g.First().Question!.Paths,
                    AskedBy = [.. g.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                    Answers = [.. g.First().Question!.Answers.Select(a => new VerdictAnswer
                    {
                        Answer = a.Label, Path = a.Path, Value = a.Value, Outcome = Outcome.NeedsInformation, DecidedBy = [],
                    })],
                })
                .OrderBy(q => q.Question, StringComparer.Ordinal)
                .ThenBy(q => string.Join('\n', q.Paths), StringComparer.Ordinal),
        ];
    }

    private static VerdictFinding Report(Finding finding, FrozenDictionary<string, RuleInfo> rules)
    {
        var rule = rules[finding.RuleId];
        return new VerdictFinding
        {
            Reason = finding.Reason,
            RuleId = finding.RuleId,
            Effect = finding.Effect,
            Audience = finding.Audience,
            Citations = rule.Citations,
            Basis = [.. finding.Basis],
            EffectiveFrom = rule.EffectiveFrom,
        };
    }

    private static VerdictFinding NothingAffirmed(RuleSetInfo ruleSet, DateOnly asOf) => new()
    {
        Reason = $"No rule of {ruleSet.Title} affirmed or refused this request, so it goes to review; nothing passes silently.",
        RuleId = NothingAffirmedId,
        Effect = Effect.Review,
        Citations = AggregationPolicy,
        Basis = [],
        EffectiveFrom = asOf,
    };
}
