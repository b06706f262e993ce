namespace PolicyRules.Rules.UsExtradition.PoliticalOffence;

[Name("USX-0305")]
[Description("A pure political offence (treason, sedition, espionage) is charged: almost all treaties exclude it; flag for the court.")]
[Citation("Quinn v. Robinson", "783 F.2d 776 (9th Cir. 1986)", Authority.Confirmed)]
[Citation(Sources.ResearchNotes, "us-extradition §4.3 (pure political offences excluded under almost all treaties)", Authority.Unconfirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class PurePoliticalOffenceRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        Charge charge = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => charge, c => UsFacts.PurePolitical(c.Category));

        Then()
            .Yield(ctx => ctx.Review(
                $"Charge {charge.Id} ({UsFacts.Name(charge.Category)}) is a pure political offence, which almost all treaties exclude; whether the exception applies is for the extradition court.",
                charge));
    }
}
