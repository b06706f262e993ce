namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0303")]
[Description("Dual criminality or treaty coverage of a charge is not yet determined (no analysis, list not checked, or a 12-month penalty at the threshold).")]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[Citation("U.S.-U.K. Extradition Treaty (2003)", "Art. 2(1) (offences punishable by 12 months or more)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Unknown is not absent: when the coverage is undetermined because a fact is unknown (no analysis of the charge, the list not checked, a maximum penalty not stated), the rule asks for it; the what-if shows which answer extradites and which does not. A maximum of exactly 12 months is stated, not unknown, and still goes to review.")]
[Remarks("Open question Q6: a maximum of exactly 12 months is left undetermined, because treaties differ between \"more than one year\" and \"12 months or more\".")]
internal sealed class CoverageUndeterminedRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        UsSituation us = default!;
        ChargeAssessment a = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => treaty, t => t.Type != TreatyType.Unknown)
            .Match(() => us, u => !ProceduralRecord.CertificationDecided(u))
            .Match(() => a, x => x.Undetermined);

        Then()
            .Yield(ctx => CoverageQuestions.For(a.Charge, us, treaty) == null
                ? ctx.Review(
                    $"For charge {a.Charge.Id} the analysis is incomplete ({a.Why}); it cannot found extradition until OIA completes it.",
                    a)
                : ctx.Ask(
                    CoverageQuestions.For(a.Charge, us, treaty)!,
                    $"For charge {a.Charge.Id} the coverage is undetermined because a fact is unknown ({a.Why}); OIA must establish it before the charge can found extradition or be refused.",
                    a));
    }
}
