namespace PolicyRules.Rules.UsExtradition.PoliticalOffence;

[Name("USX-0308")]
[Description("A claim that the request is politically motivated is for the Secretary of State, not the extradition court.")]
[Citation("U.S.-India Extradition Treaty (1997)", "Art. 5(2)", Authority.Confirmed)]
[Citation("CRS RL32096", "U.S.-U.K. 2003 treaty (politically motivated requests for the executive)", Authority.Confirmed)]
[Citation(Sources.ResearchNotes, "us-extradition §4.3 (other treaties)", Authority.Unconfirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class PoliticallyMotivatedRequestRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => UsFacts.Claims(u).PoliticallyMotivatedRequest);

        Then()
            .Yield(ctx => ctx.Review(
                "The person claims the request is politically motivated; under modern treaties that question is for the Secretary of State, not the extradition court.",
                us));
    }
}
