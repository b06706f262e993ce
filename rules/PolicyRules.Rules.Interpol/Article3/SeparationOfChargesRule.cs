namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0309")]
[Description("A charge barred by Article 3 beside charges that can support the request is separated out, or the whole request is weighed when the facts are connected.")]
[Citation(Sources.Rop, "§3.12", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.9", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Review, not a silent carve-out: removing a charge or weighing connected facts is a decision for the General Secretariat.")]
[Remarks("Per charge: a barred charge on separate facts may not be included (deny on that charge) while the request goes to review for its removal; the other charges stand on their own findings. Connected facts are weighed together, so the review rests on the barred charge and on every charge connected with it.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class SeparationOfChargesRule : PolicyRule
{
    public override void Define()
    {
        Art3Separable separable = default!;
        IEnumerable<WeighableCharge> others = default!;

        When()
            .Match(() => separable)
            .Query(() => others, q => q.Match<WeighableCharge>(w => w.Charge != separable.Charge).Collect());

        Then()
            .Yield(ctx => separable.Charge.SeparateFacts
                ? ctx.Review(
                    $"{Words.Charge(separable.Charge)} is barred by Article 3 ({separable.RuleIds}) but rests on facts separate from charge(s) {Words.List(others.Select(o => o.Charge.Id).Order(StringComparer.Ordinal))}; the request may proceed only after this charge is removed (Repository of Practice §3.12).",
                    Effect.Deny,
                    separable.Charge)
                : ctx.Review(
                    $"{Words.Charge(separable.Charge)} would be barred by Article 3 ({separable.RuleIds}) and is connected with the charge(s) {Words.List(others.Select(o => o.Charge.Id).Order(StringComparer.Ordinal))}; the overall predominance test applies, the facts ruling over the labels (Repository of Practice §3.12).",
                    Connected(separable, others)));
    }

    /// <summary>The barred charge and the charges connected with it: the overall weighing bears on each of them.</summary>
    private static object[] Connected(Art3Separable separable, IEnumerable<WeighableCharge> others) =>
        [separable.Charge, .. others.Select(o => o.Charge).OrderBy(c => c.Id, StringComparer.Ordinal)];
}
