namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0211")]
[Description("A Red Notice charge whose penal provision or penalty nobody has stated is asked about, not refused: the answer decides INT-0203 and the threshold of INT-0110/INT-0111.")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(ii)-(iv)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 83(1)(a)(ii)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 78(1)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("RPD Art. 78(1): an incomplete request is completed after consultation with its source, so a datum the case does not mention is asked for. One question per charge: the penalty first, since it also decides the threshold; the provision once the penalty is known.")]
[Addresses(Elements.JudicialData, Elements.Penalty)]
internal sealed class JudicialDataUnknownRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Charge charge = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => charge, c => !Questions.JudicialDataGapStated(c), c => Questions.ProvisionUnknown(c) || Questions.PenaltyUnknown(c));

        Then()
            .Yield(ctx => ctx.Ask(
                Questions.JudicialData(charge),
                $"The case does not say whether the request states {Questions.UnknownJudicialData(charge)} for charge {charge.Id} ({Words.Of(charge.Category)}); the minimum judicial data of a Red Notice need both, so this must be asked, not assumed.",
                charge));
    }
}
