namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0803")]
[Description("Stage marker: there is no basis for extradition and the 18 U.S.C. 3181(b) route is not open.")]
[Citation(Sources.UsCode18, "§ 3181", Authority.Confirmed, Url = Sources.Title18Ch209)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Priority(1)]
internal sealed class NoTreatyStageRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        Section3181bElements s3181 = default!;
        Reference.TreatyStatus treaty = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => treaty)
            .Match(() => s3181, s => !(s.ElementsMetExceptCertification && treaty.State != Reference.TreatyState.InForce) && !s.PersonStatusUndecided);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.NotExtraditableNoTreaty));
    }
}
