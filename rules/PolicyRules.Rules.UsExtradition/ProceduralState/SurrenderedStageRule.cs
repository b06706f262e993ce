namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0820")]
[Description("Stage marker: the person has been surrendered.")]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class SurrenderedStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).SurrenderedOn != null);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.Surrendered));
    }
}
