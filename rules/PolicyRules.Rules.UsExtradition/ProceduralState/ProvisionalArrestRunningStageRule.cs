namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0811")]
[Description("Stage marker: the person is provisionally arrested, no formal request has arrived, and the treaty period has not lapsed.")]
[Citation(Sources.Fam7, "1621.1", Authority.Confirmed, Url = Sources.Fam1620)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class ProvisionalArrestRunningStageRule : PolicyRule
{
    public override void Define()
    {
        ProvisionalArrestClock clock = default!;

        When()
            .Match(() => clock, c => !c.Lapsed && c.Formal == null);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.ProvisionalArrestRunning));
    }
}
