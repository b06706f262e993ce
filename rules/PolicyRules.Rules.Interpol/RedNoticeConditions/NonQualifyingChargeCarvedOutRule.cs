namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0112")]
[Description("With several charges, a charge that fails RPD Art. 83(1)(a) is carved out while the request proceeds on a qualifying charge.")]
[Citation(Sources.Rpd, "Art. 83(1)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
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
                $"{Words.Charge(penalty.Charge)} does not meet RPD Art. 83(1)(a) ({(exclusions.Any() ? $"excluded category: {Words.Of(exclusions.First().Class)}" : $"below the threshold with {Taxonomy.PenaltyWords(penalty.Charge)}")}); the notice may proceed only for charges that do, such as charge {qualifying.Select(d => d.Charge.Id).Min(StringComparer.Ordinal)} (RPD Art. 83(1)(c)).",
                penalty.Charge));
    }
}
