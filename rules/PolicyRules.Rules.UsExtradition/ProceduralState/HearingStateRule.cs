namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0714")]
[Description("Procedural state HEARING: the 3184 hearing has been held; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
internal sealed class HearingStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.Hearing)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: HEARING. Next lawful step: the judge decides whether to certify the person as extraditable{treaty.DataCaveat}.",
                current, treaty));
    }
}
