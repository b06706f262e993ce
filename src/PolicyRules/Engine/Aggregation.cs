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
            var found = byRuleSet[ruleSet.Name].ToList();
            var reported = found.Select(f => Report(f, rules)).ToList();
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
                Charges = ruleSet.PerCharge ? ChargesOf(policyCase, ruleSet, found, nothingAffirmed: reported.Exists(f => f.RuleId == NothingAffirmedId)) : [],
            });
        }

        return new Verdict { Scenario = policyCase.Scenario, AsOf = policyCase.AsOf, RuleSets = verdicts.MoveToImmutable() };
    }

    public static Outcome OutcomeOf(IReadOnlyCollection<VerdictFinding> findings) => OutcomeOf(findings.Select(f => f.Effect).ToList());

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

    /// <summary>The place of an effect in a verdict: deny, ask, review, allow, note.</summary>
    public static int Rank(Effect effect) => effect switch
    {
        Effect.Deny => 0,
        Effect.Ask => 1,
        Effect.Review => 2,
        Effect.Allow => 3,
        _ => 4,
    };

    /// <summary>
    /// The outcome on each charge (docs/verdicts.md, "Per-charge outcomes"), in the order of the rule set's outcome: deny,
    /// needs-information, review, allow. A deny finding refuses the whole request, so it counts for every charge; an ask or a
    /// review counts for the charges it rests on, or for every charge when it rests on none; only a finding on the charge
    /// affirms it (a request-wide allow affirms the request, not each charge); a note counts on its charges with the charge
    /// effect it states. A charge nothing affirmed is review, never a silent allow; so is every charge of a request nothing
    /// affirmed (the engine's own review, <see cref="NothingAffirmedId"/>, is on the request).
    /// </summary>
    private static ImmutableArray<ChargeVerdict> ChargesOf(Case policyCase, RuleSetInfo ruleSet, List<Finding> found, bool nothingAffirmed)
    {
        var ids = policyCase.Charges.Select(c => c.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var ordered = found.OrderBy(f => Rank(f.Effect)).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        var charges = ImmutableArray.CreateBuilder<ChargeVerdict>(ids.Count);
        foreach (var id in ids)
        {
            var bearing = ordered.Select(f => (f.RuleId, Effect: EffectOnCharge(f, id))).Where(x => x.Effect is not null).ToList();
            if (nothingAffirmed)
            {
                bearing.Add((NothingAffirmedId, Effect.Review));
            }

            var outcome = bearing.Count == 0 ? Outcome.Review : OutcomeOf(bearing.ConvertAll(x => x.Effect!.Value));
            charges.Add(new ChargeVerdict
            {
                Charge = id,
                Outcome = outcome,
                Meaning = ruleSet.ChargeMeaning(outcome),
                DecidedBy = [.. bearing.Where(x => Carries(x.Effect!.Value, outcome)).Select(x => x.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Findings = [.. ordered.Where(f => f.Charges.Contains(id, StringComparer.Ordinal)).Select(f => f.RuleId).Distinct(StringComparer.Ordinal)],
            });
        }

        return charges.MoveToImmutable();
    }

    /// <summary>What a finding does to one charge; null when it has no bearing on it.</summary>
    private static Effect? EffectOnCharge(Finding finding, string chargeId)
    {
        if (finding.Effect == Effect.Deny)
        {
            return Effect.Deny;
        }

        if (finding.Charges.Count == 0)
        {
            return finding.Effect is Effect.Ask or Effect.Review ? finding.Effect : null;
        }

        if (!finding.Charges.Contains(chargeId, StringComparer.Ordinal))
        {
            return null;
        }

        var effect = finding.ChargeEffect ?? finding.Effect;
        return effect == Effect.Note ? null : effect;
    }

    /// <summary>Whether a finding of this effect carries the outcome (deny for deny, ask for needs-information, ...).</summary>
    public static bool Carries(Effect effect, Outcome outcome) => outcome switch
    {
        Outcome.Deny => effect == Effect.Deny,
        Outcome.NeedsInformation => effect == Effect.Ask,
        Outcome.Review => effect == Effect.Review,
        _ => effect == Effect.Allow,
    };

    /// <summary>Deny, then ask, review, allow; an effect list with none of these is review.</summary>
    public static Outcome OutcomeOf(List<Effect> effects) =>
        effects.Contains(Effect.Deny) ? Outcome.Deny
        : effects.Contains(Effect.Ask) ? Outcome.NeedsInformation
        : effects.Contains(Effect.Review) ? Outcome.Review
        : effects.Contains(Effect.Allow) ? Outcome.Allow
        : Outcome.Review;

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
