namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0718")]
[Description("Procedural state SURRENDER_DENIED: the Secretary of State denied surrender; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Cfr22, "§ 95.3(b)", Authority.Confirmed, Url = Sources.Cfr95)]
[EffectiveFrom("1948-09-01")]
internal sealed class SurrenderDeniedStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.SurrenderDenied)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: SURRENDER_DENIED. Next lawful step: release from extradition custody{treaty.DataCaveat}.",
                current, treaty));
    }
}
