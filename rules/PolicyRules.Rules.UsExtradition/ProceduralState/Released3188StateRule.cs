namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0719")]
[Description("Procedural state RELEASED_3188: the person was discharged under 18 U.S.C. 3188; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3188", Authority.Confirmed, Url = Sources.S3188)]
[EffectiveFrom("1948-09-01")]
internal sealed class Released3188StateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.Released3188)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: RELEASED_3188. Next lawful step: release; a new proceeding is possible{treaty.DataCaveat}.",
                current, treaty));
    }
}
