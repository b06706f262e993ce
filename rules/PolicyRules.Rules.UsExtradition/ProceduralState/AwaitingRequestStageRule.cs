namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0802")]
[Description("Stage marker: the person is located; with nothing further, the United States awaits a request.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class AwaitingRequestStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.AwaitingRequest));
    }
}
