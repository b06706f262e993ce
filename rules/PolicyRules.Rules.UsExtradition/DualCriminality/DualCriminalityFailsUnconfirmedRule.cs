namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0302")]
[Description("Screening: no charged conduct has a U.S. analogue, but the treaty is a list treaty or its type or status is unconfirmed; OIA or the court decides.")]
[Citation("Factor v. Laubenheimer", "290 U.S. 276 (1933)", Authority.Confirmed)]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
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
