namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0701")]
[Description("Procedural state NOT_LOCATED: the person has not been located in the United States; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3184 (complaint in the District of Columbia when whereabouts are unknown)", Authority.Confirmed, Url = Sources.S3184)]
[Remarks("Legal review 2026-12-03, row USX-0701: \"none in the United States\" was imprecise; 18 U.S.C. 3184 lets a complaint and warrant issue in the District of Columbia when the person's whereabouts are unknown or the person is expected to enter.")]
[EffectiveFrom("1948-09-01")]
internal sealed class NotLocatedStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.NotLocated)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: NOT_LOCATED. Next lawful step: no arrest; the notice stays on lookout lists, and on a conforming request a complaint may still be filed in the District of Columbia while the person's whereabouts are unknown or the person is expected to enter (18 U.S.C. 3184){treaty.DataCaveat}.",
                current, treaty));
    }
}
