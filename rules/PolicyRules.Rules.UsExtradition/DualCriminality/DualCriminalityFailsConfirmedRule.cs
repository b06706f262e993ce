namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0301")]
[Description("Screening: no charged conduct is a crime under U.S. law and the confirmed treaty requires dual criminality; not extraditable on this request.")]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
internal sealed class DualCriminalityFailsConfirmedRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => treaty, t => t.StatusConfirmed && t.TypeConfidence == "C" && (t.Type == TreatyType.DualCriminality || t.Type == TreatyType.Mixed))
            .Match(() => summary, s => s.Screening && s.AllDcFailed);

        Then()
            .Yield(ctx => ctx.Deny(
                $"None of the charged conduct ({summary.AllIds}) is a crime under U.S. law, and the treaty with {treaty.Name} requires dual criminality; the person is not extraditable on this request.",
                treaty, summary));
    }
}
