namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0711")]
[Description("Procedural state PROVISIONAL_ARREST_RUNNING: the person is provisionally arrested and the treaty period is running; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Fam7, "1621.1", Authority.Confirmed, Url = Sources.Fam1620)]
[EffectiveFrom("1948-09-01")]
internal sealed class ProvisionalArrestRunningStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;
        ProvisionalArrestClock clock = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.ProvisionalArrestRunning)
            .Match(() => treaty)
            .Match(() => clock);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: PROVISIONAL_ARREST_RUNNING. Next lawful step: {treaty.Name} must deliver the formal request and documents {clock.DueText}{treaty.DataCaveat}.",
                current, treaty, clock));
    }
}
