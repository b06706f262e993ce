namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0716")]
[Description("Procedural state SECRETARY_REVIEW: the person is certified extraditable and committed; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[Citation("Fernandez v. Phillips", "268 U.S. 311 (1925), as quoted in Eain v. Wilkes (habeas review of a certification: jurisdiction, treaty coverage, any evidence of probable cause)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class SecretaryReviewStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;
        UsSituation us = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.SecretaryReview)
            .Match(() => treaty)
            .Match(() => us);

        Then()
            .Yield(ctx => ctx.Note(
                UsFacts.Proc(us).HabeasPending
                    ? $"State: SECRETARY_REVIEW, with a habeas petition pending against the certification (review limited to the judge's jurisdiction, treaty coverage and whether any evidence supports probable cause: Fernandez v. Phillips, 268 U.S. 311 (1925)). Next lawful step: the habeas court decides; if the certification stands, the Secretary of State decides on surrender (18 U.S.C. 3186, torture review, assurances){treaty.DataCaveat}."
                    : $"State: SECRETARY_REVIEW. Next lawful step: the Secretary of State decides on surrender (18 U.S.C. 3186, torture review, assurances){treaty.DataCaveat}.",
                current, treaty));
    }
}
