namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0301")]
[Description("Screening: no charged conduct is a crime under U.S. law and the confirmed treaty requires dual criminality; not extraditable on this request.")]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
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
