namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0301")]
[Description("Screening: no charged conduct is a crime under U.S. law and the confirmed treaty requires dual criminality; not extraditable on this request.")]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
