namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0707")]
[Description("Procedural state CLOSED: the notice was cancelled or expired; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
internal sealed class ClosedStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.Closed)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: CLOSED. Next lawful step: none; the notice is no longer active and no request is pending{treaty.DataCaveat}.",
                current, treaty));
    }
}
