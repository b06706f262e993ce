namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0414")]
[Description("The person is certified and committed: surrender is the Secretary of State's discretionary decision.")]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[Citation(Sources.Cfr22, "§ 95.3", Authority.Confirmed, Url = Sources.Cfr95)]
[EffectiveFrom("1948-09-01")]
internal sealed class SecretaryDecidesRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).Certification == CertificationStatus.Certified && UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.Pending && UsFacts.Proc(u).SurrenderedOn == null && UsFacts.Proc(u).DischargedOn == null);

        Then()
            .Yield(ctx => ctx.Review(
                "The person is certified and committed; surrender is now the Secretary of State's discretionary decision, taking in the torture convention, humanitarian factors and assurances.",
                us));
    }
}
