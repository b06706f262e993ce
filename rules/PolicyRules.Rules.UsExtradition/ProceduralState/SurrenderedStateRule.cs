namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0720")]
[Description("Procedural state SURRENDERED: the person has been surrendered; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[EffectiveFrom("1948-09-01")]
internal sealed class SurrenderedStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.Surrendered)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: SURRENDERED. Next lawful step: none in the United States (terminal); the rule of specialty binds the requesting state{treaty.DataCaveat}.",
                current, treaty));
    }
}
