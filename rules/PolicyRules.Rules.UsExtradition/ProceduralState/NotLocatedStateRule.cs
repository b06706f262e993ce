namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0701")]
[Description("Procedural state NOT_LOCATED: the person has not been located in the United States; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3184 (complaint in the District of Columbia when whereabouts are unknown)", Authority.Confirmed, Url = Sources.S3184)]
[Remarks("Legal review 2026-12-03, row USX-0701: \"none in the United States\" was imprecise; 18 U.S.C. 3184 lets a complaint and warrant issue in the District of Columbia when the person's whereabouts are unknown or the person is expected to enter.")]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time, the difference encoded: the clause of 18 U.S.C. 3184 that lets a complaint be filed in the District of Columbia when the person's whereabouts in the United States are unknown, or the person is expected to enter, is not in the 1848 act nor in the 1948 text, which reach only a person \"found within\" a judge's jurisdiction; it was added in 1990 (recalled as Pub. L. 101-623 of 1990-11-21, not re-read [U]). Before that day the note says a complaint lies only where the person is found; from it, the note names the District of Columbia route.")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class NotLocatedStateRule : PolicyRule
{
    // The day 3184 gained the District of Columbia clause for persons whose whereabouts are unknown (see the remarks).
    private static readonly DateOnly DistrictOfColumbiaClause = new(1990, 11, 21);

    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;
        Evaluation evaluation = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.NotLocated)
            .Match(() => treaty)
            .Match(() => evaluation);

        Then()
            .Yield(ctx => ctx.Note(
                evaluation.AsOf >= DistrictOfColumbiaClause
                    ? $"State: NOT_LOCATED. Next lawful step: no arrest; the notice stays on lookout lists, and on a conforming request a complaint may still be filed in the District of Columbia while the person's whereabouts are unknown or the person is expected to enter (18 U.S.C. 3184){treaty.DataCaveat}."
                    : $"State: NOT_LOCATED. Next lawful step: no arrest; the notice stays on lookout lists, and a complaint can be filed only where the person is found (18 U.S.C. 3184 as then in force had no District of Columbia clause){treaty.DataCaveat}.",
                current, treaty));
    }
}
