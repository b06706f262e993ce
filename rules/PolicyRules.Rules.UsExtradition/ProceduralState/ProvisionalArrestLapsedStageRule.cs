namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0812")]
[Description("Stage marker: the provisional-arrest period lapsed without a formal request, or the person was discharged for that reason.")]
[Citation(Sources.Fam7, "1621.1", Authority.Confirmed, Url = Sources.Fam1620)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class ProvisionalArrestLapsedStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        IEnumerable<ProvisionalArrestClock> lapsed = default!;

        When()
            .Match(() => us)
            .Query(() => lapsed, q => q.Match<ProvisionalArrestClock>(c => c.Lapsed && c.Formal == null).Collect())
            .Having(() => lapsed.Any() || UsFacts.Proc(us).DischargeReason == DischargeReason.ProvisionalArrestLapse);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.ProvisionalArrestLapsed));
    }
}
