namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0413")]
[Description("After the hearing, whether the evidence sustains the charge is for the extradition judge.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Eain v. Wilkes", "641 F.2d 504 (7th Cir. 1981)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class CertificationForJudgeRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => ProceduralRecord.Hearing(u) && !ProceduralRecord.CertificationDecided(u));

        Then()
            .Yield(ctx => ctx.Review(
                "Whether the evidence is sufficient to sustain the charge (probable cause, identity, treaty coverage, no judicial bar) is for the extradition judge.",
                us));
    }
}
