namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0702")]
[Description("Procedural state AWAITING_REQUEST: the person is located but there is no effective request to act on; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
internal sealed class AwaitingRequestStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.AwaitingRequest)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: AWAITING_REQUEST. Next lawful step: no arrest; await a diplomatic or treaty-conforming request from {treaty.Name}, or complete the offence analysis{treaty.DataCaveat}.",
                current, treaty));
    }
}
