namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0810")]
[Description("Stage marker: a complaint under 18 U.S.C. 3184 has been filed.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class ComplaintFiledStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ComplaintFiledOn != null);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.ComplaintFiled));
    }
}
