namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0413")]
[Description("After the hearing, whether the evidence sustains the charge is for the extradition judge.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Eain v. Wilkes", "641 F.2d 504 (7th Cir. 1981)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
internal sealed class CertificationForJudgeRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).HearingHeldOn != null && UsFacts.Proc(u).Certification == CertificationStatus.Pending);

        Then()
            .Yield(ctx => ctx.Review(
                "Whether the evidence is sufficient to sustain the charge (probable cause, identity, treaty coverage, no judicial bar) is for the extradition judge.",
                us));
    }
}
