namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0813")]
[Description("Stage marker: the person has been arrested on a 3184 warrant.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class ArrestedStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ArrestedOn != null);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.ArrestedAwaitingHearing));
    }
}
