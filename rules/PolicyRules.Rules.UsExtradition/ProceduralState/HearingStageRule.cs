namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0814")]
[Description("Stage marker: the 3184 hearing has been held.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class HearingStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).HearingHeldOn != null);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.Hearing));
    }
}
