namespace PolicyRules.Rules.Interpol.Article2;

[Name("INT-0505")]
[Description("A conviction in absentia alone does not make a request non-compliant when a retrial is not ruled out.")]
[Citation(Sources.Rop, "§2.1 para 27", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Decides open question Q9: in absentia alone is a note; in absentia with no guaranteed retrial goes to review (INT-0506).")]
internal sealed class InAbsentiaNotDecisiveRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;

        When()
            .Match(() => charge, c => c.ConvictedInAbsentia, c => c.RetrialGuaranteed != false);

        Then()
            .Yield(ctx => ctx.Note(
                $"Charge {charge.Id}: the conviction was given in absentia{(charge.RetrialGuaranteed == true ? ", with a retrial guaranteed" : ", retrial not stated")}; this alone does not make the request non-compliant.",
                charge));
    }
}
