namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0817")]
[Description("Stage marker: the Secretary of State ordered surrender.")]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class SurrenderOrderedStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.SurrenderOrdered || UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.SurrenderOrderedWithConditions);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.SurrenderOrdered));
    }
}
