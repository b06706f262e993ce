namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0805")]
[Description("Stage marker: no charge is covered (each fails dual criminality or is not covered, and at least one is not covered).")]
[Citation(Sources.Fam7, "1612", Authority.Confirmed, Url = Sources.Fam1610)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class NotCoveredStageRule : PolicyRule
{
    public override void Define()
    {
        CaseSummary summary = default!;

        When()
            .Match(() => summary, s => s.NoneExtraditableDetermined);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.NotExtraditableNotCovered));
    }
}
