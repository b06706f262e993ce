namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0806")]
[Description("Stage marker: every charge fails dual criminality.")]
[Citation(Sources.Fam7, "1612", Authority.Confirmed, Url = Sources.Fam1610)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class DualCriminalityStageRule : PolicyRule
{
    public override void Define()
    {
        CaseSummary summary = default!;

        When()
            .Match(() => summary, s => s.AllDcFailed);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.NotExtraditableDualCriminality));
    }
}
