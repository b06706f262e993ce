namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0311")]
[Description("A lapse-of-time claim bars extradition only under a treaty clause; the court checks the treaty.")]
[Citation("Quinn v. Robinson", "783 F.2d 776 (9th Cir. 1986)", Authority.Confirmed)]
[Citation("Martinez Santoyo v. Boyden", "130 F.4th 784 (9th Cir. 2025) (a treaty's \"lapse of time\" means limitations, not speedy trial; delay is for the Secretary)", Authority.Confirmed)]
[Citation(Sources.TreatyList, "lapse-of-time clause, per treaty", Authority.Unconfirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Open question Q2: lapse-of-time clauses are not in the treaty table (they are [U] for almost every treaty), so the rule always flags rather than decides.")]
internal sealed class LapseOfTimeRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => UsFacts.Claims(u).LapseOfTime && !ProceduralRecord.CertificationDecided(u));

        Then()
            .Yield(ctx => ctx.Review(
                "Lapse of time bars extradition only where the treaty has a clause on it (under the law of the requesting state, the requested state, or either); if the treaty is silent there is no bar, so the court must check the treaty.",
                us));
    }
}
