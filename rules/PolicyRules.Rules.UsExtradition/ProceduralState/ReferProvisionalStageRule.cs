namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0808")]
[Description("Stage marker: an effective provisional-arrest request under a treaty covers an extraditable charge.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class ReferProvisionalStageRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        EffectiveRequests requests = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => requests, e => e.ProvisionalArrest != null)
            .Match(() => summary, s => s.AnyExtraditable);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.ReferUsaoProvisional));
    }
}
