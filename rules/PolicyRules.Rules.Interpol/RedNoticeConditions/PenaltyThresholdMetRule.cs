namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0110")]
[Description("A Red Notice charge meets the penalty threshold: a maximum of at least two years (or a more serious penalty) for prosecution, or at least six months imposed or remaining for a sentence.")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(ii)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Only a charge that can support a request (not barred by Article 3, not a sexual-orientation offence) is affirmed here; a barred charge with a long maximum proves nothing about the request.")]
[Addresses(Elements.Penalty)]
internal sealed class PenaltyThresholdMetRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        WeighableCharge weighable = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => weighable)
            .Exists<PenaltyStatus>(p => p.Charge == weighable.Charge && p.Meets);

        Then()
            .Yield(ctx => ctx.Allow(
                $"{Words.Charge(weighable.Charge)} carries {Taxonomy.PenaltyWords(weighable.Charge)}, meeting the {(weighable.Charge.Stage == Stage.Prosecution ? "two-year" : "six-month")} threshold of RPD Art. 83(1)(a)(ii).",
                weighable.Charge));
    }
}
