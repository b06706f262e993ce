using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;
using PolicyRules.Rules.UsExtradition.Derived;

namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0813")]
[Description("Stage marker: the person has been arrested on a 3184 warrant.")]
[Citation("18 U.S.C.", "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
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
