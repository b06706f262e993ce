using PolicyRules.Facts;
using PolicyRules.Rules.UsExtradition.Reference;
using PolicyRules.Verdicts;

namespace PolicyRules.Reliability.Tests.Support;

/// <summary>
/// The test-side reading of the law the properties rest on. Each definition is written from the case facts and the public
/// verdict only, never from a rule set's internals, so the properties keep their meaning as the rule sets grow.
/// </summary>
internal static class Oracle
{
    public const string Interpol = "interpol";
    public const string Us = "us-extradition";

    /// <summary>
    /// The aggregation policy of docs/verdicts.md, written out here rather than called, so that the engine is held to the
    /// documented policy: any deny finding makes deny; else any review finding review; else any allow finding allow; else
    /// review. Note findings never count.
    /// </summary>
    public static Outcome OutcomeOf(IEnumerable<VerdictFinding> findings)
    {
        var effects = findings.Select(f => f.Effect).ToHashSet();
        return effects.Contains(Effect.Deny) ? Outcome.Deny
            : effects.Contains(Effect.Ask) ? Outcome.NeedsInformation
            : effects.Contains(Effect.Review) ? Outcome.Review
            : effects.Contains(Effect.Allow) ? Outcome.Allow
            : Outcome.Review;
    }

    /// <summary>
    /// Extraditable, as the U.S. verdict shows it: the U.S. rule set's outcome is allow ("may proceed to the next lawful step").
    /// A deny or a review, whatever the findings, means the person is not (yet) extraditable on the facts given.
    /// </summary>
    public static bool Extraditable(Verdict verdict) => verdict.For(Us)!.Outcome == Outcome.Allow;

    /// <summary>
    /// 18 U.S.C. 3181(b) (surrender without a treaty) can hold on these facts, read from the statute: the person is not a
    /// U.S. citizen, national or permanent resident; the Attorney General has certified in writing; and at least one charge
    /// is violence against a U.S. national committed outside the United States. Generous on purpose (it does not check
    /// what the certification says), so a property that excuses this case excuses no more than the law might.
    /// </summary>
    public static bool Section3181bHolds(Case policyCase) =>
        policyCase.Us is { PersonStatus: UsPersonStatus.OtherNoncitizen, AttorneyGeneralCertification: not null }
        && policyCase.Charges.Any(c => c.Conduct.Violence != Violence.None
            && c.Conduct.VictimNationalities.Contains("US")
            && c.PlaceOfOffence is not null and not "US");

    /// <summary>A country code the treaty table has no row for (an invented state), so a case from it has no treaty.</summary>
    public static string CountryWithoutTreaty { get; } = NoTreatyCountry();

    /// <summary>
    /// Whether a charge might meet the Red Notice penalty threshold (RPD Art. 83(1)(a)(ii)): two years' maximum for
    /// prosecution, six months still to serve for a sentence. Deliberately generous: a charge whose figures are unknown, or
    /// whose penalty is life, death or capital, counts as meeting it, so what is left clearly falls below the threshold.
    /// </summary>
    public static bool MightMeetPenaltyThreshold(Charge charge)
    {
        if (charge.Capital || charge.PenaltyKind is PenaltyKind.LifeImprisonment or PenaltyKind.Death)
        {
            return true;
        }

        if (charge.SentenceImposedMonths is >= 6 || charge.SentenceRemainingMonths is >= 6)
        {
            return true;
        }

        if (charge.Stage == Stage.Conviction && charge.SentenceImposedMonths is null && charge.SentenceRemainingMonths is null)
        {
            return true;
        }

        return charge.MaxPenaltyMonths is >= 24 || (charge.PenaltyKind != PenaltyKind.FineOnly && charge.MaxPenaltyMonths is null);
    }

    private static string NoTreatyCountry()
    {
        var rows = new TreatyTable().Rows;
        return new[] { "XZ", "XY", "XX", "QZ", "QY" }.First(c => !rows.ContainsKey(c));
    }
}
