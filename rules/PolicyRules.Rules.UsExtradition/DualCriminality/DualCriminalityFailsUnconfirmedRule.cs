namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0302")]
[Description("Screening: no charged conduct has a U.S. analogue, but the treaty is a list treaty or its type or status is unconfirmed; OIA or the court decides.")]
[Citation("Factor v. Laubenheimer", "290 U.S. 276 (1933)", Authority.Confirmed)]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[EffectiveFrom("1948-09-01")]
[Remarks("Twin of USX-0301 under decision D1; it also covers list treaties, where Factor v. Laubenheimer warns against reading dual criminality into the list.")]
internal sealed class DualCriminalityFailsUnconfirmedRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => treaty, t => !(t.StatusConfirmed && t.TypeConfidence == "C" && (t.Type == TreatyType.DualCriminality || t.Type == TreatyType.Mixed)))
            .Match(() => summary, s => s.Screening && s.AllDcFailed);

        Then()
            .Yield(ctx => ctx.Review(
                $"No U.S. analogue was found for {summary.AllIds}; the treaty with {treaty.Name} is recorded as a {treaty.TypeText} treaty [{treaty.TypeConfidence}] with status [{treaty.Confidence}], and list treaties may be read liberally (Factor v. Laubenheimer), so OIA or the court must decide.",
                treaty, summary));
    }
}
