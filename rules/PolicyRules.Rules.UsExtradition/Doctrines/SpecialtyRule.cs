namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0310")]
[Description("Rule of specialty: once surrender is ordered, the person may be tried only for the surrendered charges.")]
[Citation("United States v. Rauscher", "119 U.S. 407 (1886)", Authority.Confirmed)]
[Citation(Sources.JusticeManual, "9-15.500 (specialty)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class SpecialtyRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        TreatyStatus treaty = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => us, u => ProceduralRecord.SurrenderOrdered(u))
            .Match(() => treaty)
            .Match(() => summary);

        Then()
            .Yield(ctx => ctx.Note(
                $"Under the rule of specialty the person may be tried in {treaty.Name} only for the surrendered charges ({summary.SurrenderedIds}), or as the treaty allows, until they have had a chance to leave.",
                us, summary));
    }
}
