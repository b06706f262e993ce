namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0815")]
[Description("Stage marker: the extradition judge did not certify.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class NotCertifiedStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).Certification == CertificationStatus.NotCertified);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.NotCertifiedDischarged));
    }
}
