namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0818")]
[Description("Stage marker: the Secretary of State denied surrender.")]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class SurrenderDeniedStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.Denied);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.SurrenderDenied));
    }
}
