namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0809")]
[Description("Stage marker: an effective formal request covers an extraditable charge.")]
[Citation(Sources.Crm, "617", Authority.Confirmed, Url = Sources.Crm617)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class ReferFormalStageRule : PolicyRule
{
    public override void Define()
    {
        EffectiveRequests requests = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => requests, e => e.Formal != null)
            .Match(() => summary, s => s.AnyExtraditable);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.ReferUsaoFormal));
    }
}
