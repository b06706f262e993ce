using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyRules.Authoring;
using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Engine;

/// <summary>
/// Turns findings into a verdict. The policy, documented in docs/verdicts.md: per rule set, any deny finding makes the
/// outcome deny; otherwise any review finding makes it review; otherwise any allow finding makes it allow; with none of
/// the three the outcome is review, never a silent pass. Note findings never change the outcome.
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
            var reported = byRuleSet[ruleSet.Name].Select(f => Report(f, rules)).ToList();
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

        if (findings.Any(f => f.Effect == Effect.Review))
        {
            return Outcome.Review;
        }

        return findings.Any(f => f.Effect == Effect.Allow) ? Outcome.Allow : Outcome.Review;
    }

    /// <summary>Deny, review, allow, note; then rule ID, reason and basis, all ordinal, so fact order never shows.</summary>
    public static int CanonicalOrder(VerdictFinding a, VerdictFinding b)
    {
        var c = a.Effect.CompareTo(b.Effect);
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

    private static VerdictFinding Report(Finding finding, FrozenDictionary<string, RuleInfo> rules)
    {
        var rule = rules[finding.RuleId];
        return new VerdictFinding
        {
            Reason = finding.Reason,
            RuleId = finding.RuleId,
            Effect = finding.Effect,
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
