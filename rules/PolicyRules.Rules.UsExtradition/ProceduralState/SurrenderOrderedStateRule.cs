namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0717")]
[Description("Procedural state SURRENDER_ORDERED: the Secretary of State ordered surrender; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[EffectiveFrom("1948-09-01")]
internal sealed class SurrenderOrderedStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.SurrenderOrdered)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: SURRENDER_ORDERED. Next lawful step: deliver the person to the authorised agent of {treaty.Name}, within the 18 U.S.C. 3188 period{treaty.DataCaveat}.",
                current, treaty));
    }
}
