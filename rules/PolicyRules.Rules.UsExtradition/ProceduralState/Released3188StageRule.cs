namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0819")]
[Description("Stage marker: the person was discharged under 18 U.S.C. 3188.")]
[Citation(Sources.UsCode18, "§ 3188", Authority.Confirmed, Url = Sources.S3188)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class Released3188StageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).DischargeReason == DischargeReason.Section3188);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.Released3188));
    }
}
