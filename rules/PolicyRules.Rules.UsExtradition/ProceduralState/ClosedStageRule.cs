namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0807")]
[Description("Stage marker: the notice was cancelled or expired and no effective request is pending.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class ClosedStageRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        EffectiveRequests requests = default!;

        When()
            .Match(() => request, r => !r.Active)
            .Match(() => requests, e => !e.Any);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.Closed));
    }
}
