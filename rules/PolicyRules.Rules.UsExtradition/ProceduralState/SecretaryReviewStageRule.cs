namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0816")]
[Description("Stage marker: the person is certified extraditable and committed.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
[Priority(1)]
internal sealed class SecretaryReviewStageRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).Certification == CertificationStatus.Certified);

        Then()
            .Yield(ctx => new StageReached(ProcedureState.SecretaryReview));
    }
}
