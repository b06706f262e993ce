namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0801")]
[Description("Stage marker: the person has not been located in the United States.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class NotLocatedStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => !u.Located);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.NotLocated));
    }
}
