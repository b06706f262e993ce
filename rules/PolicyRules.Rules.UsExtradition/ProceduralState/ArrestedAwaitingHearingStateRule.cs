namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0713")]
[Description("Procedural state ARRESTED_AWAITING_HEARING: the person is arrested on a 3184 warrant; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
internal sealed class ArrestedAwaitingHearingStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.ArrestedAwaitingHearing)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: ARRESTED_AWAITING_HEARING. Next lawful step: hold the extradition hearing under 18 U.S.C. 3184{treaty.DataCaveat}.",
                current, treaty));
    }
}
