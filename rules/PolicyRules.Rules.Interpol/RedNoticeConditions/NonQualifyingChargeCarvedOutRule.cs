namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0112")]
[Description("With several charges, a charge that fails RPD Art. 83(1)(a) is carved out while the request proceeds on a qualifying charge.")]
[Citation(Sources.Rpd, "Art. 83(1)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Remarks("Legal review 2026-12-03, row INT-0112: the reason said the notice may proceed only for the charges that qualify. RPD Art. 83(1)(c) lets a notice be published for all offences that meet INTERPOL's rules provided at least one meets the criteria, so a charge only below the penalty threshold may be included; an excluded charge (Art. 83(1)(a)(i)) does not meet the rules and may not.")]
[Remarks("Per charge: the finding is a note on the request, which stands on the qualifying charge, and decides the charge it carves out: an excluded charge may not be included in the notice (deny on that charge), a charge only below the penalty threshold may (allow on that charge), RPD Art. 83(1)(c).")]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
internal sealed class NonQualifyingChargeCarvedOutRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        PenaltyStatus penalty = default!;
        IEnumerable<ExclusionApplies> exclusions = default!;
        IEnumerable<ChargeQualifies> qualifying = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => penalty)
            .Query(() => exclusions, q => q.Match<ExclusionApplies>(e => e.Charge == penalty.Charge).Collect())
            .Query(() => qualifying, q => q.Match<ChargeQualifies>(d => d.Charge != penalty.Charge).Collect())
            .Having(() => (penalty.Known && !penalty.Meets) || exclusions.Any())
            .Having(() => qualifying.Any());

        Then()
            .Yield(ctx => ctx.Note(
                $"{Words.Charge(penalty.Charge)} does not meet RPD Art. 83(1)(a) ({(exclusions.Any() ? $"excluded category: {Words.Of(exclusions.First().Class)}" : $"below the threshold with {Taxonomy.PenaltyWords(penalty.Charge)}")}); {(exclusions.Any() ? "an excluded offence does not meet INTERPOL's rules, so the notice proceeds without it, on" : "a notice may still include it, since it may be published for all offences that meet INTERPOL's rules provided that at least one meets the criteria, here")} charge {qualifying.Select(d => d.Charge.Id).Min(StringComparer.Ordinal)} (RPD Art. 83(1)(c)).",
                exclusions.Any() ? Effect.Deny : Effect.Allow,
                penalty.Charge));
    }
}
