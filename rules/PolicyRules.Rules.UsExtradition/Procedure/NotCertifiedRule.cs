namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0410")]
[Description("The extradition judge did not certify: no surrender on this complaint, though the government may file a new one.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Ahmad v. Wigen; In re Atta", "no res judicata: a new complaint is heard afresh", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
internal sealed class NotCertifiedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).Certification == CertificationStatus.NotCertified);

        Then()
            .Yield(ctx => ctx.Deny(
                "The judge found the evidence insufficient to sustain the charge; the person may not be surrendered on this complaint, though the government may file a new complaint.",
                us));
    }
}
